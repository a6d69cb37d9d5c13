import { z } from 'zod';
import { CHECK_IN_HANDLINGS, CHECK_IN_PAIN } from '@/db/value-sets';
import { optionalText } from './common';

const yesNo = z.boolean({ error: 'Please answer yes or no' });

/** A patient's check-in answers: pain compared with before the injection, and five yes/no warning signs. */
export const checkInAnswerSchema = z.object({
  pain: z.enum(CHECK_IN_PAIN, { error: 'Please choose how your pain is now' }),
  spreadingRedness: yesNo,
  fever: yesNo,
  breathlessChestPain: yesNo,
  posturalHeadache: yesNo,
  numbnessWeakness: yesNo,
});

/** What the specialist did about a red-flag check-in. */
export const checkInHandlingSchema = z.object({
  handling: z.enum(CHECK_IN_HANDLINGS, { error: 'Choose what was done' }),
  note: optionalText('Note', 1000),
});

export const CHECK_IN_HANDLING_FORM_FIELDS = ['handling', 'note'] as const;
