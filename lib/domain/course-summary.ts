import { changeFromBaseline, isOverdue, isResponder, nextDueDate, sessionsToResponse, daysPastDue } from './outcome-rules';

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

/** The course page's figures: change from baseline, responder status, next due date. */
export function summariseCourse(course: SummaryCourse, sessions: readonly SummarySession[], today: string) {
  const last = sessions.at(-1);
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
    responder: isResponder(sessions),
    sessionsToResponse: sessionsToResponse(sessions),
    nextDue,
    daysPastDue: nextDue ? daysPastDue(nextDue, today) : null,
    overdue: isOverdue({ status: course.status, lastSessionDate: last?.sessionDate ?? null, intervalWeeks: course.intervalWeeks }, today),
    firstInjections: sessions[0]?.injections ?? null,
    lastInjections: last?.injections ?? null,
  };
}
