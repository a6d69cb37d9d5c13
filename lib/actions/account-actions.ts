'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { changeOwnPassword } from '../auth/account';
import { confirmTwoFactorEnrolment, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorEnrolment } from '../auth/two-factor-account';
import { formValues } from '../validation/form-values';
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

/** Shows a new secret and QR code on the Account page, ready to be confirmed with a code. */
export async function startTwoFactorAction(_prev: FormState, _form: FormData): Promise<FormState> {
  try {
    await startTwoFactorEnrolment();
  } catch (error) {
    return failureState(error);
  }
  revalidatePath('/account');
  return { ok: true, message: 'Add the account to your authenticator app, then type the code it shows.' };
}

/** Runs a change that issues recovery codes; they travel back once, in the form state, and are never stored in clear. */
async function issueRecoveryCodes(
  form: FormData,
  issue: (values: { code: string }) => Promise<{ recoveryCodes: string[] }>,
  message: string,
): Promise<FormState> {
  const values = formValues(form, ['code']);
  try {
    const { recoveryCodes } = await issue(values);
    return { ok: true, message, recoveryCodes };
  } catch (error) {
    return failureState(error, values);
  }
}

/**
 * Switches two-factor on. The page is not refreshed here: the form shows the recovery codes once, and its link
 * reloads the page.
 */
export async function confirmTwoFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  return issueRecoveryCodes(form, confirmTwoFactorEnrolment, 'Two-factor sign-in is on.');
}

export async function regenerateRecoveryCodesAction(_prev: FormState, form: FormData): Promise<FormState> {
  return issueRecoveryCodes(form, regenerateRecoveryCodes, 'New recovery codes issued. The previous ones no longer work.');
}

export async function disableTwoFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['password', 'code']);
  try {
    await disableTwoFactor(values);
  } catch (error) {
    // The password is not sent back; the field keeps what was typed in the browser.
    return failureState(error, { code: values.code });
  }
  revalidatePath('/account');
  return { ok: true, message: 'Two-factor sign-in is off.' };
}
