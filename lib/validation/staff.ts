import { z } from 'zod';
import { ROLES } from '@/db/schema';

/** Shared by the staff forms and the server actions. */
export const staffIdSchema = z.coerce.number({ error: 'Unknown account.' }).int().positive().max(2 ** 31);

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

export const changeRoleSchema = z.object({ id: staffIdSchema, role: roleSchema });
export const setActiveSchema = z.object({
  id: staffIdSchema,
  active: z.enum(['true', 'false'], { error: 'Choose activate or deactivate.' }).transform((v) => v === 'true'),
});
/** What lib/staff.ts's setActive accepts once the form's strings are parsed. */
export const setActiveInputSchema = z.object({ id: staffIdSchema, active: z.boolean() });
