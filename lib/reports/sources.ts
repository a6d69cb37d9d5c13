import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { followUps } from '@/db/schema';
import { timePointLabel, timePointOrder } from '../domain/follow-up-schedule';
import { globalImpressionLabel } from '../domain/patient-questions';
import { toIsoDate } from '../domain/outcome-rules';
import { ADVERSE_EVENT_LABELS } from '../domain/labels';
import { formatDate } from '../domain/dates';
import type { LetterAdverseEvent, LetterFollowUp } from './letter-content';

interface RecordForLetter {
  sessions: readonly { id: number; number: number }[];
  adverseEvents: readonly { sessionId: number; type: keyof typeof ADVERSE_EVENT_LABELS; onsetDate: string; description: string | null }[];
}

/*
 * Where reports read what other parts of the record add: each is the one place to change when that part's
 * storage changes (adverse events as records of their own, follow-ups after treatment).
 */

/** The course's adverse events (records of their own) as its letter lists them, each with the session it is attributed to. */
export function adverseEventsForLetter(record: RecordForLetter): LetterAdverseEvent[] {
  return record.adverseEvents.map((e) => ({
    date: formatDate(e.onsetDate),
    sessionNumber: record.sessions.find((s) => s.id === e.sessionId)?.number ?? 0,
    type: ADVERSE_EVENT_LABELS[e.type],
    note: e.description,
  }));
}

/** Answered follow-ups after the course's last injection, in schedule order, for its letter. */
export function followUpResultsForLetter(courseId: number): LetterFollowUp[] {
  return getDb()
    .select()
    .from(followUps)
    .where(and(eq(followUps.courseId, courseId), isNotNull(followUps.answeredAt)))
    .all()
    .sort((a, b) => timePointOrder(a.timePoint) - timePointOrder(b.timePoint))
    .map((f) => ({
      timePoint: timePointLabel(f.timePoint),
      answeredOn: formatDate(toIsoDate(new Date(f.answeredAt!))),
      pain: f.pain,
      mobility: f.mobility,
      sleep: f.sleep,
      globalImpression: f.globalImpression == null ? null : globalImpressionLabel(f.globalImpression),
    }));
}
