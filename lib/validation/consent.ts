import { z } from 'zod';
import { isoDate, optionalText } from './common';
import { todayIso } from '../domain/dates';

/** Recording a patient's consent on a course. */
export const consentInputSchema = z.object({
  versionId: z.coerce.number({ error: 'Choose the consent form version' }).int().positive({ error: 'Choose the consent form version' }),
  consentDate: isoDate('consent date').refine((d) => d <= todayIso(), { error: 'The consent date cannot be in the future' }),
  witness: optionalText('Witness', 120),
});

export const CONSENT_FORM_FIELDS = ['versionId', 'consentDate', 'witness'] as const;
