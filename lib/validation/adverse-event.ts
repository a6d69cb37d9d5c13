import { z } from 'zod';
import { ADVERSE_EVENT_TYPES, ADVERSE_SEVERITIES } from '@/db/value-sets';
import { isoDate, optionalText } from './common';
import { todayIso } from '../domain/dates';

const notFuture = (label: string) => isoDate(label).refine((d) => d <= todayIso(), { error: `The ${label} cannot be in the future` });

const adverseEventFields = {
  type: z.enum(ADVERSE_EVENT_TYPES, { error: 'Choose the type of adverse event' }),
  description: optionalText('Description', 1000),
  severity: z.enum(ADVERSE_SEVERITIES, { error: 'Choose the severity' }),
  serious: z.boolean({ error: 'Say whether the event was serious' }),
  onsetDate: notFuture('onset date'),
  resolutionDate: z
    .union([z.literal('').transform(() => null), notFuture('resolution date')])
    .nullish()
    .transform((v) => v ?? null),
  actionTaken: optionalText('Action taken', 1000),
};

type Fields = { type: string; description: string | null; onsetDate: string; resolutionDate: string | null };

function checkEvent(e: Fields, ctx: z.RefinementCtx) {
  if (e.type === 'other' && !e.description) ctx.addIssue({ code: 'custom', path: ['description'], message: 'Describe the adverse event' });
  if (e.resolutionDate && e.resolutionDate < e.onsetDate) {
    ctx.addIssue({ code: 'custom', path: ['resolutionDate'], message: 'The resolution date cannot be before the onset' });
  }
}

/** One adverse event typed on the session form: attributed to that session. */
export const adverseEventFieldsSchema = z.object(adverseEventFields).superRefine(checkEvent);

export type AdverseEventFields = z.output<typeof adverseEventFieldsSchema>;

/** An adverse event recorded on the course page: the fields plus the session of the course it is attributed to. */
export const courseAdverseEventSchema = z
  .object({ sessionId: z.coerce.number({ error: 'Choose the session' }).int().positive({ error: 'Choose the session' }), ...adverseEventFields })
  .superRefine(checkEvent);

export const ADVERSE_EVENT_FORM_FIELDS = [
  'sessionId',
  'type',
  'description',
  'severity',
  'serious',
  'onsetDate',
  'resolutionDate',
  'actionTaken',
] as const;

/** The course page form's values (all strings; a checkbox sends 'on' or nothing) as the schema's input. */
export function adverseEventFromForm(values: Record<(typeof ADVERSE_EVENT_FORM_FIELDS)[number], string>) {
  return { ...values, serious: values.serious === 'on' };
}

/** Marking an ongoing event resolved. */
export const adverseEventResolutionSchema = z.object({ resolutionDate: notFuture('resolution date') });
