'use server';

import { revalidatePath } from 'next/cache';
import { unlockAccount } from '../auth/account-lock';
import { changeRole, createStaff, resetPassword, resetTwoFactor, setActive } from '../staff';
import { formValues } from '../validation/form-values';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

/** Runs one account change; the staff pages then show the new state, and a failure keeps what was typed. */
async function staffChange(values: Record<string, string>, change: () => Promise<FormState>): Promise<FormState> {
  try {
    const state = await change();
    revalidatePath('/staff', 'layout');
    return state;
  } catch (error) {
    return failureState(error, values);
  }
}

export async function createStaffAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['name', 'email', 'role']);
  return staffChange(values, async () => {
    const { name, email, password } = await createStaff(values);
    return { ok: true, message: `Account created for ${name} (${email}).`, password };
  });
}

export async function changeRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['id', 'role']);
  return staffChange(values, async () => {
    const { role } = await changeRole(values.id, values);
    return { ok: true, message: `Role changed to ${role}.` };
  });
}

export async function setActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['id', 'active']);
  return staffChange(values, async () => {
    const { active } = await setActive(values.id, values);
    return { ok: true, message: active ? 'Account reactivated.' : 'Account deactivated. Their records keep their name.' };
  });
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['id']);
  return staffChange(values, async () => {
    const { password } = await resetPassword(values.id);
    return { ok: true, message: 'Password reset. Their signed-in sessions have ended.', password };
  });
}

export async function unlockAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['id']);
  return staffChange(values, async () => {
    const { clearedAttempts } = await unlockAccount(values.id);
    return { ok: true, message: `Account unlocked (${clearedAttempts} failed sign-in attempt${clearedAttempts === 1 ? '' : 's'} forgotten).` };
  });
}

export async function resetTwoFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['id']);
  return staffChange(values, async () => {
    await resetTwoFactor(values.id);
    return { ok: true, message: 'Two-factor sign-in reset. Their signed-in sessions have ended.' };
  });
}
