import { z } from 'zod';
import { isValid, parseISO } from 'date-fns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  return ISO_DATE.test(value) && isValid(parseISO(value)) && parseISO(value).toISOString().startsWith(value);
}

/** A calendar date as YYYY-MM-DD. */
export const isoDate = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .refine(isRealDate, { error: `Enter the ${label} as a real date (YYYY-MM-DD)` });

/** Optional free text: blank becomes null. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

/** A label as it reads mid-sentence: "Given name" becomes "given name"; an acronym such as "MRN" stays as it is. */
const midSentence = (label: string) => (/^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

/** An optional email address: blank becomes null. */
export const optionalEmail = () =>
  z
    .string()
    .trim()
    .max(254, { error: 'Email can be at most 254 characters' })
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'Enter a valid email address' })
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${midSentence(label)}` })
    .trim()
    .min(1, { error: `Enter the ${midSentence(label)}` })
    .max(max, { error: `${label} can be at most ${max} characters` });

/** An integer id from a route or form. */
export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
