import { z } from 'zod';
import { optionalEmail, optionalText, requiredText } from './common';

export const REFERRER_FIELDS = ['name', 'practice', 'address', 'email'] as const;

export const referrerInputSchema = z.object({
  name: requiredText('Name', 120),
  practice: optionalText('Practice', 160),
  address: optionalText('Address', 400),
  email: optionalEmail(),
});

export type ReferrerInput = z.output<typeof referrerInputSchema>;

/** A referrer chosen on a course: an id, or blank for none. */
export const referrerChoiceSchema = z.preprocess(
  (v) => (v === '' || v == null ? null : v),
  z.coerce
    .number({ error: 'Choose a referrer from the list' })
    .int({ error: 'Choose a referrer from the list' })
    .positive({ error: 'Choose a referrer from the list' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'Choose a referrer from the list' })
    .nullable(),
);

export const courseReferrerSchema = z.object({ referrerId: referrerChoiceSchema });
