import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/index';
import { preSessionReports } from '@/db/schema';
import { AppError } from '../errors';

/**
 * Links the patient's pre-session scores to the session they were entered for, inside the session's transaction:
 * the session keeps the specialist's values, the report the patient's, so a changed score keeps both.
 */
export function attachPreSessionReport(tx: DbOrTx, reportId: number, courseId: number, sessionId: number): void {
  const linked = tx
    .update(preSessionReports)
    .set({ sessionId })
    .where(and(eq(preSessionReports.id, reportId), eq(preSessionReports.courseId, courseId), isNull(preSessionReports.sessionId)))
    .run();
  if (linked.changes !== 1) {
    throw new AppError('conflict', 'The patient’s scores were already used for another session, or belong to another course.');
  }
}
