import {
  changeFromBaseline,
  daysPastDue,
  isAssessableBaseline,
  isOverdue,
  isSubstantialResponse,
  lowBaselineText,
  meetsResponderRule,
  nextDueDate,
  primaryScore,
  type AnsweredFollowUp,
  responderRuleText,
  sessionsToResponse,
} from './outcome-rules';
import { formatDate } from './dates';
import { PRIMARY_TIME_POINT, timePointLabel } from './follow-up-schedule';
import { OUTCOME_SETTINGS, type OutcomeSettings } from './settings';

interface SummaryCourse {
  status: string;
  intervalWeeks: number;
  plannedSessions: number;
}

interface SummarySession {
  sessionDate: string;
  pain: number | null;
  mobility: number | null;
  sleep: number | null;
  injections: number;
}

/** Which score the course was judged at, in words: "the follow-up at 3 months", "the latest score (session 4)". */
function judgedAtText(source: string, sessionNumber: number | null): string {
  if (source === PRIMARY_TIME_POINT) return `the follow-up at ${timePointLabel(source)}`;
  if (source === 'session') return `the latest score (session ${sessionNumber})`;
  return `the latest score (follow-up at ${timePointLabel(source)})`;
}

/**
 * The course page's figures: change from baseline, responder status at the primary time point (the answered
 * follow-ups decide it when there are any), next due date.
 */
export function summariseCourse(
  course: SummaryCourse,
  sessions: readonly SummarySession[],
  today: string,
  settings: OutcomeSettings = OUTCOME_SETTINGS,
  followUps: readonly AnsweredFollowUp[] = [],
) {
  const last = sessions.at(-1);
  const pains = sessions.filter((x) => x.pain != null).map((x) => x.pain as number);
  const lowBaseline = pains.length > 0 && !isAssessableBaseline(pains[0], settings);
  const primary = primaryScore(sessions, followUps, PRIMARY_TIME_POINT);
  const assessed = primary != null && pains.length > 0 && !lowBaseline;
  const nextDue = course.status === 'active' ? nextDueDate(last?.sessionDate ?? null, course.intervalWeeks) : null;
  return {
    sessionsDone: sessions.length,
    plannedSessions: course.plannedSessions,
    baseline: sessions[0] ?? null,
    latest: last ?? null,
    change: {
      pain: changeFromBaseline(sessions, 'pain'),
      mobility: changeFromBaseline(sessions, 'mobility'),
      sleep: changeFromBaseline(sessions, 'sleep'),
    },
    /** Responder at the primary time point; null when not assessable. */
    responder: assessed ? meetsResponderRule(pains[0], primary.pain, settings) : null,
    substantial: assessed && isSubstantialResponse(pains[0], primary.pain, settings),
    /** "the follow-up at 3 months" or "the latest score (…)": the score the responder status was judged at. */
    judgedAt: assessed ? judgedAtText(primary.source, primary.sessionNumber) : null,
    /** "not assessable: baseline pain below 4" when the baseline is too low to judge a response; else null. */
    notAssessable: lowBaseline ? lowBaselineText(settings) : null,
    sessionsToResponse: sessionsToResponse(sessions, settings),
    /** The rule as applied, in words (from the settings in force). */
    responderRule: responderRuleText(settings),
    nextDue,
    daysPastDue: nextDue ? daysPastDue(nextDue, today) : null,
    overdue: isOverdue({ status: course.status, lastSessionDate: last?.sessionDate ?? null, intervalWeeks: course.intervalWeeks }, today, settings),
    firstInjections: sessions[0]?.injections ?? null,
    lastInjections: last?.injections ?? null,
  };
}

export type CourseSummary = ReturnType<typeof summariseCourse>;

/** A session on the course charts' axis: "2 · 12 Mar". */
export function sessionAxisLabel(session: { number: number; sessionDate: string }): string {
  return `${session.number} · ${formatDate(session.sessionDate).replace(/ \d{4}$/, '')}`;
}

const fromTo = (summary: CourseSummary, key: 'pain' | 'mobility' | 'sleep') => `${summary.baseline?.[key] ?? '—'} → ${summary.latest?.[key] ?? '—'}`;

/** The scores chart in one sentence, baseline to latest. */
export function scoresSentence(summary: CourseSummary): string {
  if (summary.sessionsDone === 0) return 'No scores yet.';
  return `Pain ${fromTo(summary, 'pain')}, mobility ${fromTo(summary, 'mobility')}, sleep ${fromTo(summary, 'sleep')} from baseline to the latest session.`;
}

/** The injections chart in one sentence: every session's count. */
export function injectionsSentence(sessions: readonly { injections: number }[]): string {
  if (sessions.length === 0) return 'No sessions yet.';
  return `Injections per session: ${sessions.map((s) => s.injections).join(', ')} (session 1 to ${sessions.length}).`;
}

/** Under the status: how the course ended, when it responded, or what responding means. */
export function statusHint(course: { status: string; endDate: string | null; endReason: string | null }, summary: CourseSummary): string {
  if (summary.notAssessable && course.status !== 'active') return `${formatDate(course.endDate)} · ${summary.notAssessable}`;
  if (summary.notAssessable) return summary.notAssessable;
  if (course.status !== 'active') return `${formatDate(course.endDate)} · ${course.endReason ?? ''}`;
  if (summary.sessionsToResponse) return `responded at session ${summary.sessionsToResponse}`;
  return `responder: ${summary.responderRule}`;
}
