import { OUTCOME_SETTINGS, formatSetting, type OutcomeSettings } from './settings';
import { addDays, addWeeks, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import { addDaysIso, calendarDaysBetween, isoDateParts } from './calendar';

export interface ScoredSession {
  sessionDate: string;
  pain: number | null;
  mobility?: number | null;
  sleep?: number | null;
}

/** The scored measures (0–10 each), in the order the app lists them. */
export const MEASURES = ['pain', 'mobility', 'sleep'] as const;
export type Measure = (typeof MEASURES)[number];

/** Sessions in chronological order (stable for equal dates). */
function chronological<T extends { sessionDate: string }>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate));
}

/** Change from baseline = latest recorded score − baseline (first recorded) score; null when either is missing. */
export function changeFromBaseline(sessions: readonly ScoredSession[], key: Measure): number | null {
  const recorded = chronological(sessions).filter((s) => s[key] != null);
  if (recorded.length < 2) return recorded.length === 1 ? 0 : null;
  return (recorded[recorded.length - 1][key] as number) - (recorded[0][key] as number);
}

// Shares times baselines are compared with this tolerance, so 70 % of 10 is 7 and not 7.000000000000001.
const EPSILON = 1e-9;

/** Whether a course with this baseline pain can be assessed for response (below it a fall is measurement error). */
export function isAssessableBaseline(baselinePain: number, settings: OutcomeSettings = OUTCOME_SETTINGS): boolean {
  return baselinePain >= settings.responderMinBaseline;
}

/**
 * Whether a pain score meets the responder rule against a baseline: an assessable baseline, and pain down by at
 * least the absolute points and at least the relative share of baseline.
 */
export function meetsResponderRule(baselinePain: number, pain: number, settings: OutcomeSettings = OUTCOME_SETTINGS): boolean {
  if (!isAssessableBaseline(baselinePain, settings)) return false;
  const reduction = baselinePain - pain;
  return reduction >= settings.responderAbsoluteReduction && reduction >= settings.responderRelativeReduction * baselinePain - EPSILON;
}

/** A response that is substantial: it meets the rule and pain fell by at least the substantial share of baseline. */
export function isSubstantialResponse(baselinePain: number, pain: number, settings: OutcomeSettings = OUTCOME_SETTINGS): boolean {
  return meetsResponderRule(baselinePain, pain, settings) && baselinePain - pain >= settings.substantialRelativeReduction * baselinePain - EPSILON;
}

/** The responder rule in words, from the settings: "pain down by ≥ 2 points and ≥ 30 % of baseline (baseline ≥ 4)". */
export function responderRuleText(settings: OutcomeSettings = OUTCOME_SETTINGS): string {
  return `pain down by ≥ ${settings.responderAbsoluteReduction} points and ≥ ${formatSetting('responderRelativeReduction', settings.responderRelativeReduction)} of baseline (baseline ≥ ${settings.responderMinBaseline})`;
}

/** Why a course with a low baseline is not assessed: "not assessable: baseline pain below 4". */
export function lowBaselineText(settings: OutcomeSettings = OUTCOME_SETTINGS): string {
  return `not assessable: baseline pain below ${settings.responderMinBaseline}`;
}

/**
 * Responder: pain at the latest recorded session meets the rule against the baseline (first recorded) pain.
 * Needs an assessable baseline and at least one later pain score; otherwise null (not assessable).
 */
export function isResponder(sessions: readonly ScoredSession[], settings = OUTCOME_SETTINGS): boolean | null {
  const recorded = chronological(sessions).filter((s) => s.pain != null);
  if (recorded.length < 2 || !isAssessableBaseline(recorded[0].pain as number, settings)) return null;
  return meetsResponderRule(recorded[0].pain as number, recorded[recorded.length - 1].pain as number, settings);
}

export interface AnsweredFollowUp {
  timePoint: string;
  /** ISO timestamp. */
  answeredAt: string;
  pain: number;
}

export interface PrimaryScore {
  pain: number;
  /** The follow-up's time point code, or `session` for the latest session's score. */
  source: string;
  /** 1-based number of the session when `source` is `session`. */
  sessionNumber: number | null;
}

/**
 * The score a course is judged at (the `primary_*` columns of lib/outcomes/cohort-table.ts): the primary follow-up
 * when answered, else the latest score: the latest answered follow-up on or after the last session's pain score, else
 * that session's pain when there is one after the baseline. Null when there is no score after the baseline.
 */
export function primaryScore(
  sessions: readonly ScoredSession[],
  followUps: readonly AnsweredFollowUp[],
  primaryTimePoint: string,
): PrimaryScore | null {
  const primary = followUps.find((f) => f.timePoint === primaryTimePoint);
  if (primary) return { pain: primary.pain, source: primary.timePoint, sessionNumber: null };
  const ordered = chronological(sessions);
  const scored = ordered.filter((x) => x.pain != null);
  const last = scored.length >= 2 ? scored[scored.length - 1] : null;
  const latestFollowUp = [...followUps]
    .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt))
    .find((f) => !last || f.answeredAt.slice(0, 10) >= last.sessionDate);
  if (latestFollowUp) return { pain: latestFollowUp.pain, source: latestFollowUp.timePoint, sessionNumber: null };
  return last ? { pain: last.pain as number, source: 'session', sessionNumber: ordered.indexOf(last) + 1 } : null;
}

/** The 1-based session number at which the course first met the responder rule, or null. */
export function sessionsToResponse(sessions: readonly ScoredSession[], settings = OUTCOME_SETTINGS): number | null {
  const ordered = chronological(sessions);
  const baseline = ordered.find((s) => s.pain != null);
  if (!baseline) return null;
  for (let i = 0; i < ordered.length; i++) {
    const pain = ordered[i].pain;
    if (ordered[i] === baseline || pain == null) continue;
    if (meetsResponderRule(baseline.pain as number, pain, settings)) return i + 1;
  }
  return null;
}

export function toIsoDate(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

/** Next due date = last session date + the course interval. Null before the first session. */
export function nextDueDate(lastSessionDate: string | null, intervalWeeks: number): string | null {
  if (!lastSessionDate) return null;
  return isoDateParts(lastSessionDate)
    ? addDaysIso(lastSessionDate, 7 * intervalWeeks)
    : toIsoDate(addWeeks(parseISO(lastSessionDate), intervalWeeks));
}

/** Days past due (negative when not yet due). */
export function daysPastDue(dueDate: string, today: string): number {
  if (isoDateParts(dueDate) && isoDateParts(today)) return calendarDaysBetween(dueDate, today);
  return differenceInCalendarDays(parseISO(today), parseISO(dueDate));
}

/** Overdue = an active course more than the grace period past its due date. */
export function isOverdue(
  course: { status: string; lastSessionDate: string | null; intervalWeeks: number },
  today: string,
  settings = OUTCOME_SETTINGS,
): boolean {
  if (course.status !== 'active') return false;
  const due = nextDueDate(course.lastSessionDate, course.intervalWeeks);
  return due != null && daysPastDue(due, today) > settings.overdueGraceDays;
}

/** The date after which an active course counts as overdue: used to push the rule into SQL. */
export function overdueCutoff(today: string, settings = OUTCOME_SETTINGS): string {
  return toIsoDate(addDays(parseISO(today), -settings.overdueGraceDays));
}

export type Trend = 'better' | 'worse' | 'same' | null;

/** Direction of the last pain change (lower pain is better). */
export function painTrend(previous: number | null | undefined, latest: number | null | undefined): Trend {
  if (previous == null || latest == null) return null;
  if (latest < previous) return 'better';
  if (latest > previous) return 'worse';
  return 'same';
}
