'use server';

import { revalidatePath } from 'next/cache';
import { SETTING_DEFINITIONS, isSettingKey } from '../domain/settings';
import { updateSetting } from '../settings';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

export async function updateSettingAction(key: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await updateSetting({ key, value: form.get(String(key)) ?? '', reason: form.get(`${String(key)}Reason`) ?? '' });
  } catch (error) {
    return failureState(error);
  }
  revalidatePath('/', 'layout');
  const label = isSettingKey(key) ? SETTING_DEFINITIONS[key].label : 'Setting';
  return { ok: true, message: `${label}: saved, in force from now.` };
}
