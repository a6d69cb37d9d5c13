import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/index';
import { checkIns, treatmentSessions } from '@/db/schema';
import { AppError } from '../errors';
import { getSettings } from '../settings';
import { checkInWindow, hasCheckIn, type CheckInWindow } from '../domain/check-in';

export interface CheckInSession {
  sessionId: number;
  courseId: number;
  sessionDate: string;
  window: CheckInWindow;
  answeredAt: string | null;
}

/** Sessions with at least one injected site have a check-in (qualified by hand: drizzle leaves a lone table's columns bare). */
export const hasInjections = sql<boolean>`exists (select 1 from injections i where i.session_id = "treatment_sessions"."id")`;

/**
 * A session's check-in: its window (settings in force) and whether it was answered; null when nothing was injected.
 * A session dated before check-ins started has none: a conflict.
 */
export function loadCheckInSession(db: DbOrTx, sessionId: number): CheckInSession | null {
  const row = db
    .select({
      sessionId: treatmentSessions.id,
      courseId: treatmentSessions.courseId,
      sessionDate: treatmentSessions.sessionDate,
      injected: hasInjections,
      answeredAt: checkIns.answeredAt,
    })
    .from(treatmentSessions)
    .leftJoin(checkIns, eq(checkIns.sessionId, treatmentSessions.id))
    .where(eq(treatmentSessions.id, sessionId))
    .get();
  const settings = getSettings();
  if (!row || !row.injected) return null;
  if (!hasCheckIn(row.sessionDate, row.answeredAt != null, settings)) {
    throw new AppError('conflict', 'This session is dated before check-ins started, so it has no check-in.');
  }
  return {
    sessionId: row.sessionId,
    courseId: row.courseId,
    sessionDate: row.sessionDate,
    window: checkInWindow(row.sessionDate, settings),
    answeredAt: row.answeredAt,
  };
}
