'use server';

import { redirect } from 'next/navigation';
import { changeOwnPassword } from '../auth/account';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

/** Changes the signed-in user's own password; every session ends, so they sign in again with the new one. */
export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await changeOwnPassword({
      currentPassword: form.get('currentPassword'),
      newPassword: form.get('newPassword'),
      confirmPassword: form.get('confirmPassword'),
    });
  } catch (error) {
    // Passwords are not sent back; the fields keep what was typed in the browser.
    return failureState(error);
  }
  redirect('/login?password=changed');
}
