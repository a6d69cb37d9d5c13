'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { createReferrer, setCourseReferrer, updateReferrer } from '../referrers';
import { formValues } from '../validation/form-values';
import { REFERRER_FIELDS } from '../validation/referrer';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

export async function createReferrerAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await createReferrer(formValues(form, REFERRER_FIELDS));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath('/referrers');
  redirect('/referrers?saved=referrer');
}

export async function updateReferrerAction(referrerId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await updateReferrer(referrerId, formValues(form, REFERRER_FIELDS));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath('/referrers');
  redirect('/referrers?saved=referrer');
}

export async function setCourseReferrerAction(courseId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { id } = await setCourseReferrer(courseId, formValues(form, ['referrerId']));
    revalidatePath(`/courses/${id}`);
  } catch (error) {
    return failureState(error);
  }
  return { ok: true, message: 'Referrer saved.' };
}
