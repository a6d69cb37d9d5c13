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
