import { z } from 'zod';
import { ROLES } from '@/db/schema';

export const roleSchema = z.enum(ROLES, { error: 'Choose a role: specialist, manager or admin.' });

export const createStaffSchema = z.object({
  name: z
    .string({ error: 'Enter the person’s full name.' })
    .trim()
    .min(2, 'Enter the person’s full name.')
    .max(120, 'Names can be at most 120 characters.')
    .refine((s) => !/[\u0000-\u001f<>]/.test(s), 'Names cannot contain < or > or control characters.'),
  email: z
    .string({ error: 'Enter a work email address.' })
    .trim()
    .toLowerCase()
    .max(254, 'Email addresses can be at most 254 characters.')
    .pipe(z.email('Enter a valid email address, like name@clinic.org.')),
  role: roleSchema,
});
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const changeRoleSchema = z.object({ role: roleSchema });

/** The access form's hidden field says which way to switch: 'true' reactivates, 'false' deactivates. */
export const setActiveSchema = z.object({
  active: z.enum(['true', 'false'], { error: 'Choose activate or deactivate.' }).transform((v) => v === 'true'),
});
