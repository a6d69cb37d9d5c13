import { z } from 'zod';
import { optionalText } from './common';
import { score } from './session';

/** Today's scores before a session. */
export const preSessionAnswerSchema = z.object({
  pain: score('Pain'),
  mobility: score('Mobility'),
  sleep: score('Sleep'),
});

const impressionError = { error: 'Choose how you feel compared with before your treatment' };

/** A follow-up: the same three scores, the global impression of change (1–7) and an optional comment. */
export const followUpAnswerSchema = preSessionAnswerSchema.extend({
  globalImpression: z.number(impressionError).int(impressionError).min(1, impressionError).max(7, impressionError),
  comment: optionalText('Your comment', 1000),
});

export type FollowUpAnswer = z.output<typeof followUpAnswerSchema>;
