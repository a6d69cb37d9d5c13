import { addDays, addMonths, addWeeks, parseISO } from 'date-fns';
import { toIsoDate } from './outcome-rules';

/**
 * Patient-reported follow-ups after the last session with injections: the time points and answer windows.
 * Prolotherapy trials assess outcomes at these intervals after injection, e.g. Rabago D et al., "Dextrose
 * prolotherapy for knee osteoarthritis: a randomized controlled trial", Ann Fam Med 2013;11(3):229–237.
 */
export const FOLLOW_UP_TIME_POINTS = [
  { code: 'w6', label: '6 weeks', weeks: 6, months: 0, windowDays: 14 },
  { code: 'm3', label: '3 months', weeks: 0, months: 3, windowDays: 28 },
  { code: 'm6', label: '6 months', weeks: 0, months: 6, windowDays: 28 },
  { code: 'm12', label: '12 months', weeks: 0, months: 12, windowDays: 28 },
] as const;

export type TimePointCode = (typeof FOLLOW_UP_TIME_POINTS)[number]['code'];

/** The primary outcome time point: this follow-up when answered, else the latest score. */
export const PRIMARY_TIME_POINT: TimePointCode = 'm3';
export type FollowUpState = 'upcoming' | 'due' | 'answered' | 'missed';

export interface PlannedFollowUp {
  timePoint: TimePointCode;
  dueDate: string;
  windowStart: string;
  windowEnd: string;
}

export function timePointLabel(code: string): string {
  return FOLLOW_UP_TIME_POINTS.find((p) => p.code === code)?.label ?? code;
}

/** Where the primary responder rate judges a course, in words. */
export const PRIMARY_TIME_POINT_TEXT = `the follow-up at ${timePointLabel(PRIMARY_TIME_POINT)} when answered, else the latest pain score`;

/** Order of a time point in the schedule (unknown codes last). */
export function timePointOrder(code: string): number {
  const i = FOLLOW_UP_TIME_POINTS.findIndex((p) => p.code === code);
  return i < 0 ? FOLLOW_UP_TIME_POINTS.length : i;
}

/** The follow-ups due after a last injection on `lastInjectionDate` (YYYY-MM-DD). */
export function followUpPlan(lastInjectionDate: string): PlannedFollowUp[] {
  const last = parseISO(lastInjectionDate);
  return FOLLOW_UP_TIME_POINTS.map((p) => {
    const due = addMonths(addWeeks(last, p.weeks), p.months);
    return {
      timePoint: p.code,
      dueDate: toIsoDate(due),
      windowStart: toIsoDate(addDays(due, -p.windowDays)),
      windowEnd: toIsoDate(addDays(due, p.windowDays)),
    };
  });
}

/** Treatment has ended when the course is closed or its last planned session has been recorded. */
export function treatmentEnded(course: { status: string; plannedSessions: number }, sessionsDone: number): boolean {
  return course.status !== 'active' || sessionsDone >= course.plannedSessions;
}

/** upcoming before the window opens, due inside it, missed once it has passed unanswered. */
export function followUpState(
  f: { windowStart: string; windowEnd: string; answeredAt: string | null },
  today: string,
): FollowUpState {
  if (f.answeredAt) return 'answered';
  if (today < f.windowStart) return 'upcoming';
  if (today <= f.windowEnd) return 'due';
  return 'missed';
}
