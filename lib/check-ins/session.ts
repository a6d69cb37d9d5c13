import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/index';
import { checkIns, treatmentSessions } from '@/db/schema';
import { getSettings } from '../settings';
import { checkInWindow, type CheckInWindow } from '../domain/check-in';

export interface CheckInSession {
  sessionId: number;
  courseId: number;
  sessionDate: string;
  window: CheckInWindow;
  answeredAt: string | null;
}

/** Sessions with at least one injected site have a check-in (qualified by hand: drizzle leaves a lone table's columns bare). */
export const hasInjections = sql<boolean>`exists (select 1 from injections i where i.session_id = "treatment_sessions"."id")`;

/** A session's check-in: its window (settings in force) and whether it was answered; null when nothing was injected. */
export function loadCheckInSession(db: DbOrTx, sessionId: number): CheckInSession | null {
  const row = db
    .select({ sessionId: treatmentSessions.id, courseId: treatmentSessions.courseId, sessionDate: treatmentSessions.sessionDate, injected: hasInjections, answeredAt: checkIns.answeredAt })
    .from(treatmentSessions)
    .leftJoin(checkIns, eq(checkIns.sessionId, treatmentSessions.id))
    .where(eq(treatmentSessions.id, sessionId))
    .get();
  if (!row || !row.injected) return null;
  return { sessionId: row.sessionId, courseId: row.courseId, sessionDate: row.sessionDate, window: checkInWindow(row.sessionDate, getSettings()), answeredAt: row.answeredAt };
}
