import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 12;

/** Changing one's own password: the current one, and a new one typed twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.'),
    newPassword: z
      .string({ error: 'Choose a new password.' })
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(200, 'Use at most 200 characters.'),
    confirmPassword: z.string({ error: 'Type the new password again.' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'The two new passwords differ.', path: ['confirmPassword'] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: 'Choose a password different from the current one.', path: ['newPassword'] });

const codeField = z
  .string({ error: 'Enter the 6-digit code from your authenticator app.' })
  .trim()
  .min(1, 'Enter the 6-digit code from your authenticator app.')
  .max(64, 'This code is not valid.');

/** A code from the authenticator app (enrolment, new recovery codes). */
export const twoFactorCodeSchema = z.object({ code: codeField });

/** Switching two-factor off: the password and a code (from the app, or a recovery code). */
export const disableTwoFactorSchema = z.object({
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.'),
  code: codeField,
});
