import { addDays, addMonths, addWeeks, parseISO } from 'date-fns';
import { toIsoDate } from './outcome-rules';
import type { ClinicSettings, SettingKey } from './settings';

/**
 * Patient-reported follow-ups after the last session with injections: a fixed set of time points (their codes and
 * names are what stored follow-ups and reports mean), each with its offset and ± answer window from the clinic's
 * settings (lib/domain/settings.ts; docs/clinical-rules.md).
 */
export const FOLLOW_UP_TIME_POINTS = [
  { code: 'w6', label: '6 weeks', unit: 'weeks', offset: 'followUpW6Weeks', window: 'followUpW6WindowDays' },
  { code: 'm3', label: '3 months', unit: 'months', offset: 'followUpM3Months', window: 'followUpM3WindowDays' },
  { code: 'm6', label: '6 months', unit: 'months', offset: 'followUpM6Months', window: 'followUpM6WindowDays' },
  { code: 'm12', label: '12 months', unit: 'months', offset: 'followUpM12Months', window: 'followUpM12WindowDays' },
] as const satisfies readonly { code: string; label: string; unit: 'weeks' | 'months'; offset: SettingKey; window: SettingKey }[];

type TimePointSettingKey = (typeof FOLLOW_UP_TIME_POINTS)[number]['offset' | 'window'];
/** The settings a follow-up plan is made from. */
export type FollowUpSettings = Pick<ClinicSettings, TimePointSettingKey>;

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

/** When follow-ups fall due under `settings`, in words: "6 weeks, 3, 6 and 12 months". */
export function followUpTimingText(settings: FollowUpSettings): string {
  const list = (items: number[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : String(items[0]));
  const part = (unit: 'weeks' | 'months') => {
    const values = FOLLOW_UP_TIME_POINTS.filter((p) => p.unit === unit).map((p) => settings[p.offset]);
    const last = values.at(-1);
    return `${list(values)} ${last === 1 ? unit.slice(0, -1) : unit}`;
  };
  return `${part('weeks')}, ${part('months')}`;
}

/** Where the primary responder rate judges a course, in words. */
export const PRIMARY_TIME_POINT_TEXT = `the follow-up at ${timePointLabel(PRIMARY_TIME_POINT)} when answered, else the latest pain score`;

/** Order of a time point in the schedule (unknown codes last). */
export function timePointOrder(code: string): number {
  const i = FOLLOW_UP_TIME_POINTS.findIndex((p) => p.code === code);
  return i < 0 ? FOLLOW_UP_TIME_POINTS.length : i;
}

/** The follow-ups due after a last injection on `lastInjectionDate` (YYYY-MM-DD), with the offsets and windows of `settings`. */
export function followUpPlan(lastInjectionDate: string, settings: FollowUpSettings): PlannedFollowUp[] {
  const last = parseISO(lastInjectionDate);
  return FOLLOW_UP_TIME_POINTS.map((p) => {
    const offset = settings[p.offset];
    const due = p.unit === 'weeks' ? addWeeks(last, offset) : addMonths(last, offset);
    const windowDays = settings[p.window];
    return {
      timePoint: p.code,
      dueDate: toIsoDate(due),
      windowStart: toIsoDate(addDays(due, -windowDays)),
      windowEnd: toIsoDate(addDays(due, windowDays)),
    };
  });
}

// Two calendar years, a leap year among them: every length a run of months can have.
const OVERLAP_CHECK_FROM = '2027-01-01';
const OVERLAP_CHECK_DAYS = 731;

/**
 * The first pair of successive time points whose answer windows would overlap (or come in the wrong order) for some
 * last-injection date under `settings`, or null when every window ends before the next one opens.
 */
export function overlappingWindows(settings: FollowUpSettings): [TimePointCode, TimePointCode] | null {
  const start = parseISO(OVERLAP_CHECK_FROM);
  for (let day = 0; day < OVERLAP_CHECK_DAYS; day++) {
    const plan = followUpPlan(toIsoDate(addDays(start, day)), settings);
    for (let i = 1; i < plan.length; i++) {
      if (plan[i].windowStart <= plan[i - 1].windowEnd) return [plan[i - 1].timePoint, plan[i].timePoint];
    }
  }
  return null;
}

/** Treatment has ended when the course is closed or its last planned session has been recorded. */
export function treatmentEnded(course: { status: string; plannedSessions: number }, sessionsDone: number): boolean {
  return course.status !== 'active' || sessionsDone >= course.plannedSessions;
}

/** upcoming before the window opens, due inside it, missed once it has passed unanswered. */
export function followUpState(f: { windowStart: string; windowEnd: string; answeredAt: string | null }, today: string): FollowUpState {
  if (f.answeredAt) return 'answered';
  if (today < f.windowStart) return 'upcoming';
  if (today <= f.windowEnd) return 'due';
  return 'missed';
}
