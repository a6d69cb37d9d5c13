import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/index';
import { courses, followUps } from '@/db/schema';
import { followUpPlan, treatmentEnded } from '../domain/follow-up-schedule';
import { readSettings } from '../settings-read';

/**
 * Brings a course's follow-ups in line with its sessions: once treatment has ended they are due after the last
 * session with injections; before that (or without any injection) there are none. Answered follow-ups are
 * never changed; unanswered ones keep their id (and so their links) and move with the last injection.
 * The offsets and windows are the settings in force when the course's follow-ups were first scheduled (its oldest
 * follow-up row): a later change of those settings applies to schedules made after it and never moves the dates of
 * follow-ups already scheduled, even when a session edit moves them with the last injection.
 * Idempotent: call it inside the transaction of every write that can change the course's end or last injection.
 */
export function scheduleFollowUps(tx: DbOrTx, courseId: number): void {
  const course = tx.select({ status: courses.status, plannedSessions: courses.plannedSessions }).from(courses).where(eq(courses.id, courseId)).get();
  if (!course) return;
  const facts = tx.get<{ sessions: number; lastInjection: string | null }>(sql`
    select count(*) as "sessions",
           max(case when exists (select 1 from injections i where i.session_id = s.id) then s.session_date end) as "lastInjection"
    from treatment_sessions s where s.course_id = ${courseId}`);
  const existing = tx.select().from(followUps).where(eq(followUps.courseId, courseId)).all();
  const stamp = new Date().toISOString();
  const scheduledAt = existing.reduce((oldest, f) => (f.createdAt < oldest ? f.createdAt : oldest), stamp);
  const plan = facts?.lastInjection && treatmentEnded(course, facts.sessions) ? followUpPlan(facts.lastInjection, readSettings(tx, scheduledAt)) : [];

  for (const planned of plan) {
    const row = existing.find((f) => f.timePoint === planned.timePoint);
    if (!row) {
      tx.insert(followUps)
        .values({ courseId, ...planned })
        .run();
    } else if (
      !row.answeredAt &&
      (row.dueDate !== planned.dueDate || row.windowStart !== planned.windowStart || row.windowEnd !== planned.windowEnd)
    ) {
      tx.update(followUps)
        .set({ dueDate: planned.dueDate, windowStart: planned.windowStart, windowEnd: planned.windowEnd, updatedAt: stamp })
        .where(and(eq(followUps.id, row.id), isNull(followUps.answeredAt)))
        .run();
    }
  }
  for (const row of existing) {
    if (!row.answeredAt && !plan.some((p) => p.timePoint === row.timePoint)) {
      tx.delete(followUps)
        .where(and(eq(followUps.id, row.id), isNull(followUps.answeredAt)))
        .run();
    }
  }
}

/**
 * Schedules the follow-ups of courses whose treatment ended with none yet (closed before follow-ups existed,
 * or written around the app). Run once when the server starts; returns how many courses it looked at.
 */
export function scheduleMissingFollowUps(db: Db): number {
  const ended = db.all<{ id: number }>(sql`
    select c.id from courses c
    where not exists (select 1 from follow_ups f where f.course_id = c.id)
      and (c.status <> 'active' or (select count(*) from treatment_sessions s where s.course_id = c.id) >= c.planned_sessions)`);
  db.transaction((tx) => ended.forEach(({ id }) => scheduleFollowUps(tx, id)), { behavior: 'immediate' });
  return ended.length;
}
