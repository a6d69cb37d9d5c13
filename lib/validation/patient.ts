import { z } from 'zod';
import { SEXES } from '@/db/value-sets';
import { isoDate, optionalEmail, optionalText, requiredText } from './common';
import { todayIso } from '../domain/dates';

export const patientInputSchema = z.object({
  mrn: requiredText('MRN', 32).regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, {
    error: 'MRN may contain only letters, digits and hyphens',
  }),
  givenName: requiredText('Given name', 80),
  familyName: requiredText('Family name', 80),
  dateOfBirth: isoDate('date of birth')
    .refine((d) => d < todayIso(), { error: 'The date of birth must be in the past' })
    .refine((d) => d >= '1900-01-01', { error: 'The date of birth must be after 1900' }),
  sex: z.enum(SEXES, { error: 'Choose a sex' }),
  phone: optionalText('Phone', 40),
  email: optionalEmail(),
  /** Optional; the session form checks anaesthetic doses per kg against it. */
  weightKg: z
    .union([
      z.literal('').transform(() => null),
      z.coerce
        .number({ error: 'Weight must be a number' })
        .min(2, { error: 'Weight must be between 2 and 400 kg' })
        .max(400, { error: 'Weight must be between 2 and 400 kg' }),
    ])
    .nullish()
    .transform((v) => v ?? null),
});

export type PatientInput = z.output<typeof patientInputSchema>;
