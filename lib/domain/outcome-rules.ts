import { OUTCOME_SETTINGS, type OutcomeSettings } from './settings';
import { addDays, addWeeks, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';

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
export function meetsResponderRule(
  baselinePain: number,
  pain: number,
  settings: OutcomeSettings = OUTCOME_SETTINGS,
): boolean {
  if (!isAssessableBaseline(baselinePain, settings)) return false;
  const reduction = baselinePain - pain;
  return (
    reduction >= settings.responderAbsoluteReduction &&
    reduction >= settings.responderRelativeReduction * baselinePain - EPSILON
  );
}

/** A response that is substantial: it meets the rule and pain fell by at least the substantial share of baseline. */
export function isSubstantialResponse(baselinePain: number, pain: number, settings: OutcomeSettings = OUTCOME_SETTINGS): boolean {
  return (
    meetsResponderRule(baselinePain, pain, settings) &&
    baselinePain - pain >= settings.substantialRelativeReduction * baselinePain - EPSILON
  );
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/** The responder rule in words, from the settings: "pain down by ≥ 2 points and ≥ 30 % of baseline (baseline ≥ 4)". */
export function responderRuleText(settings: OutcomeSettings = OUTCOME_SETTINGS): string {
  return `pain down by ≥ ${settings.responderAbsoluteReduction} points and ≥ ${percent(settings.responderRelativeReduction)} of baseline (baseline ≥ ${settings.responderMinBaseline})`;
}

/** A substantial response in words: "pain down by ≥ 50 % of baseline". */
export function substantialRuleText(settings: OutcomeSettings = OUTCOME_SETTINGS): string {
  return `pain down by ≥ ${percent(settings.substantialRelativeReduction)} of baseline`;
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
  return toIsoDate(addWeeks(parseISO(lastSessionDate), intervalWeeks));
}

/** Days past due (negative when not yet due). */
export function daysPastDue(dueDate: string, today: string): number {
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
