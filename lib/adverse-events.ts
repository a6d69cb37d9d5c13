import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db';
import { adverseEvents, treatmentSessions, users, type AdverseEventRecord } from '@/db/schema';
import { AppError } from './errors';
import { auditRecordChange } from './audit/record';
import { requireActor, type Actor } from './auth/actor';
import { loadCourseForAccess } from './auth/access';
import { parseId, parseOrThrow } from './validation/parse';
import { adverseEventResolutionSchema, courseAdverseEventSchema, type AdverseEventFields } from './validation/adverse-event';
import { refreshCourseFacts } from './outcomes/facts';

type Audited = Pick<
  AdverseEventRecord,
  'sessionId' | 'type' | 'description' | 'severity' | 'serious' | 'onsetDate' | 'resolutionDate' | 'actionTaken'
>;

const audited = (e: Audited) => ({
  sessionId: e.sessionId,
  type: e.type,
  description: e.description,
  severity: e.severity,
  serious: e.serious,
  onsetDate: e.onsetDate,
  resolutionDate: e.resolutionDate,
  actionTaken: e.actionTaken,
});

/**
 * Inserts adverse events attributed to one session, each with its audit event, inside the caller's transaction.
 * The caller refreshes the course's outcome facts (adverse counts are read from this table).
 */
export function insertAdverseEvents(
  tx: DbOrTx,
  actor: Pick<Actor, 'id' | 'email'>,
  course: { id: number; patientId: number },
  sessionId: number,
  events: readonly AdverseEventFields[],
): void {
  for (const event of events) {
    const { id } = tx
      .insert(adverseEvents)
      .values({ ...event, courseId: course.id, sessionId, recordedBy: actor.id })
      .returning({ id: adverseEvents.id })
      .get();
    auditRecordChange(tx, actor, {
      action: 'create',
      entity: 'adverse_event',
      entityId: id,
      patientId: course.patientId,
      after: audited({ ...event, sessionId }),
    });
  }
}

/** Records an adverse event from the course page, attributed to any session of the course (open or closed). */
export async function recordAdverseEvent(courseIdRaw: unknown, input: unknown): Promise<{ id: number; courseId: number }> {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  const { sessionId, ...event } = parseOrThrow(courseAdverseEventSchema.safeParse(input));
  const db = getDb();
  const session = db
    .select({ id: treatmentSessions.id, sessionDate: treatmentSessions.sessionDate })
    .from(treatmentSessions)
    .where(and(eq(treatmentSessions.id, sessionId), eq(treatmentSessions.courseId, course.id)))
    .get();
  if (!session) throw new AppError('invalid', 'Some fields need attention.', { sessionId: 'Choose a session of this course' });
  if (event.onsetDate < session.sessionDate) {
    throw new AppError('invalid', 'Some fields need attention.', { onsetDate: 'The onset cannot be before the session it is attributed to' });
  }
  db.transaction(
    (tx) => {
      insertAdverseEvents(tx, actor, course, session.id, [event]);
      refreshCourseFacts(tx, course.id);
    },
    { behavior: 'immediate' },
  );
  return { id: session.id, courseId: course.id };
}

/** Records the resolution date of an ongoing adverse event. */
export async function resolveAdverseEvent(eventIdRaw: unknown, input: unknown): Promise<{ courseId: number }> {
  const actor = await requireActor(['specialist']);
  const db = getDb();
  const event = db
    .select()
    .from(adverseEvents)
    .where(eq(adverseEvents.id, parseId(eventIdRaw)))
    .get();
  if (!event) throw new AppError('not_found');
  const course = loadCourseForAccess(actor, event.courseId, 'write');
  const { resolutionDate } = parseOrThrow(adverseEventResolutionSchema.safeParse(input));
  if (event.resolutionDate) throw new AppError('conflict', 'This adverse event is already resolved.');
  if (resolutionDate < event.onsetDate) {
    throw new AppError('invalid', 'Some fields need attention.', { resolutionDate: 'The resolution date cannot be before the onset' });
  }
  db.transaction(
    (tx) => {
      tx.update(adverseEvents)
        .set({ resolutionDate })
        .where(and(eq(adverseEvents.id, event.id), isNull(adverseEvents.resolutionDate)))
        .run();
      auditRecordChange(tx, actor, {
        action: 'update',
        entity: 'adverse_event',
        entityId: event.id,
        patientId: course.patientId,
        before: { resolutionDate: null },
        after: { resolutionDate },
      });
    },
    { behavior: 'immediate' },
  );
  return { courseId: course.id };
}

export type CourseAdverseEvent = AdverseEventRecord & { recordedByName: string };

/** A course's adverse events in onset order, for a reader already allowed to see the course. */
export function loadCourseAdverseEvents(courseId: number): CourseAdverseEvent[] {
  return getDb()
    .select({ event: adverseEvents, recordedByName: users.name })
    .from(adverseEvents)
    .innerJoin(users, eq(users.id, adverseEvents.recordedBy))
    .where(eq(adverseEvents.courseId, courseId))
    .orderBy(asc(adverseEvents.onsetDate), asc(adverseEvents.id))
    .all()
    .map(({ event, recordedByName }) => ({ ...event, recordedByName }));
}

/** Whether any adverse event is attributed to the session (such a session cannot be deleted). */
export function hasAdverseEvents(db: DbOrTx, sessionId: number): boolean {
  return Boolean(db.select({ id: adverseEvents.id }).from(adverseEvents).where(eq(adverseEvents.sessionId, sessionId)).limit(1).get());
}
