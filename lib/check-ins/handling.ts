import 'server-only';
import { and, eq, gte, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { adverseEvents, checkIns } from '@/db/schema';
import { AppError } from '../errors';
import { auditRecordChange } from '../audit/record';
import { requireActor } from '../auth/actor';
import { loadCourseForAccess } from '../auth/access';
import { parseId, parseOrThrow } from '../validation/parse';
import { checkInHandlingSchema } from '../validation/check-in';

/**
 * Records what the specialist did about a red-flag check-in; it then leaves the worklist. "Adverse event recorded"
 * needs the event first: one attributed to the check-in's session, recorded since the patient answered.
 */
export async function recordCheckInHandling(checkInIdRaw: unknown, input: unknown): Promise<{ courseId: number }> {
  const actor = await requireActor(['specialist']);
  const db = getDb();
  const checkIn = db
    .select()
    .from(checkIns)
    .where(eq(checkIns.id, parseId(checkInIdRaw)))
    .get();
  if (!checkIn) throw new AppError('not_found');
  const course = loadCourseForAccess(actor, checkIn.courseId, 'write');
  const { handling, note } = parseOrThrow(checkInHandlingSchema.safeParse(input));
  if (!checkIn.redFlag) throw new AppError('conflict', 'This check-in has no warning signs to handle.');
  if (checkIn.handledAt) throw new AppError('conflict', 'What was done about this check-in is already recorded.');
  if (handling === 'adverse_event_recorded') {
    const recorded = db
      .select({ id: adverseEvents.id })
      .from(adverseEvents)
      .where(and(eq(adverseEvents.sessionId, checkIn.sessionId), gte(adverseEvents.recordedAt, checkIn.answeredAt)))
      .get();
    if (!recorded) {
      throw new AppError('invalid', 'Some fields need attention.', {
        handling: 'Record the adverse event first, attributed to this session, then mark the check-in handled',
      });
    }
  }
  const at = new Date().toISOString();
  db.transaction(
    (tx) => {
      const done = tx
        .update(checkIns)
        .set({ handling, handlingNote: note, handledAt: at, handledBy: actor.id })
        .where(and(eq(checkIns.id, checkIn.id), isNull(checkIns.handledAt)))
        .run();
      if (done.changes !== 1) throw new AppError('conflict', 'What was done about this check-in is already recorded.');
      auditRecordChange(tx, actor, {
        action: 'handle',
        entity: 'check_in',
        entityId: checkIn.id,
        patientId: course.patientId,
        after: { sessionId: checkIn.sessionId, handling, note },
      });
    },
    { behavior: 'immediate' },
  );
  return { courseId: course.id };
}
