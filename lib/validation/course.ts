import { z } from 'zod';
import { COURSE_SIDES } from '@/db/value-sets';
import { CONDITION_CODES, findCondition } from '../domain/conditions';
import { REGION_CODES } from '../domain/regions';
import { isoDate, optionalText } from './common';
import { todayIso } from '../domain/dates';
import { referrerChoiceSchema } from './referrer';

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a whole number from ${min} to ${max}` })
    .int({ error: `${label} must be a whole number from ${min} to ${max}` })
    .min(min, { error: `${label} must be a whole number from ${min} to ${max}` })
    .max(max, { error: `${label} must be a whole number from ${min} to ${max}` });

export const courseInputSchema = z
  .object({
    condition: z.enum(CONDITION_CODES as [string, ...string[]], { error: 'Choose a condition' }),
    region: z.enum(REGION_CODES, { error: 'Choose a body region' }),
    side: z.enum(COURSE_SIDES, { error: 'Choose a side' }),
    startDate: isoDate('start date').refine((d) => d <= todayIso(), { error: 'The start date cannot be in the future' }),
    plannedSessions: wholeNumber('Planned sessions', 1, 30),
    intervalWeeks: wholeNumber('Interval', 1, 12),
    notes: optionalText('Notes', 2000),
    referrerId: referrerChoiceSchema,
  })
  .superRefine((c, ctx) => {
    const condition = findCondition(c.condition);
    if (condition && !condition.regions.includes(c.region)) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: `${condition.label} is not treated in this region` });
    }
  });

export type CourseInput = z.output<typeof courseInputSchema>;

export const courseCloseSchema = z.object({
  status: z.enum(['completed', 'discontinued'], { error: 'Choose completed or discontinued' }),
  endDate: isoDate('end date').refine((d) => d <= todayIso(), { error: 'The end date cannot be in the future' }),
  endReason: z.string().trim().min(1, { error: 'Give a reason' }).max(500, { error: 'Reason can be at most 500 characters' }),
});

export const courseNotesSchema = z.object({ notes: optionalText('Notes', 2000) });
