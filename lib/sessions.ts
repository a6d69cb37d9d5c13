import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { injections, treatmentSessions } from '@/db/schema';
import { AppError } from './errors';
import { recordAudit } from './audit';
import { requireActor } from './session';
import { loadCourseForAccess, loadSessionForAccess } from './access';
import { fieldErrorsOf } from './validation/form-errors';
import { sessionInputSchema, type SessionInput } from './validation/session';
import { idSchema } from './validation/common';
import { refreshCourseFacts } from './outcomes/facts';

function parseSession(input: unknown, courseStartDate: string): SessionInput {
  const parsed = sessionInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid', 'Some fields need attention.', fieldErrorsOf(parsed.error));
  if (parsed.data.sessionDate < courseStartDate) {
    throw new AppError('invalid', 'Some fields need attention.', {
      sessionDate: 'The session date cannot be before the course started',
    });
  }
  return parsed.data;
}

function sessionValues(input: SessionInput) {
  return {
    sessionDate: input.sessionDate,
    pain: input.pain,
    mobility: input.mobility,
    sleep: input.sleep,
    ultrasoundGuided: input.ultrasoundGuided,
    needling: input.needling,
    adverseEvent: input.adverseEvent,
    adverseEventNote: input.adverseEvent === 'none' ? null : input.adverseEventNote,
    notes: input.notes,
  };
}

function siteRows(sessionId: number, input: SessionInput) {
  return input.sites.map((s) => ({ sessionId, ...s }));
}

function assertActive(status: string) {
  if (status !== 'active') {
    throw new AppError('conflict', 'This course is closed. Sessions can only be logged or changed on an active course.');
  }
}

/** Logs a session and its injected sites in one immediate transaction, with its audit event. */
export async function createSession(courseIdRaw: unknown, input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(['specialist']);
  const courseId = idSchema.safeParse(courseIdRaw);
  if (!courseId.success) throw new AppError('not_found');
  const course = loadCourseForAccess(actor, courseId.data, 'write');
  assertActive(course.status);
  const data = parseSession(input, course.startDate);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const { id } = tx
        .insert(treatmentSessions)
        .values({ courseId: course.id, ...sessionValues(data), recordedBy: actor.id })
        .returning({ id: treatmentSessions.id })
        .get();
      if (data.sites.length > 0) tx.insert(injections).values(siteRows(id, data)).run();
      refreshCourseFacts(tx, course.id);
      recordAudit(tx, {
        userId: actor.id,
        action: 'create',
        entity: 'session',
        entityId: id,
        patientId: course.patientId,
        outcome: 'success',
        details: { after: { ...sessionValues(data), sites: data.sites } },
      });
      return { id };
    },
    { behavior: 'immediate' },
  );
}

export function loadSessionSites(sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return getDb()
    .select()
    .from(injections)
    .where(inArray(injections.sessionId, sessionIds))
    .orderBy(asc(injections.id))
    .all();
}

/** The session as stored, with its sites; for the edit form. */
export async function getSessionForEdit(sessionIdRaw: unknown) {
  const actor = await requireActor(['specialist']);
  const sessionId = idSchema.safeParse(sessionIdRaw);
  if (!sessionId.success) throw new AppError('not_found');
  const { session, course } = loadSessionForAccess(actor, sessionId.data, 'write');
  if (session.recordedBy !== actor.id) throw new AppError('forbidden', 'Only the specialist who recorded a session can change it.');
  return { session, course, sites: loadSessionSites([session.id]) };
}

/** Replaces a session's values and sites, by its author only. */
export async function updateSession(sessionIdRaw: unknown, input: unknown): Promise<{ id: number; courseId: number }> {
  const { session, course, sites } = await getSessionForEdit(sessionIdRaw);
  const actor = await requireActor(['specialist']);
  assertActive(course.status);
  const data = parseSession(input, course.startDate);
  const db = getDb();
  db.transaction(
    (tx) => {
      tx.update(treatmentSessions)
        .set({ ...sessionValues(data), updatedAt: new Date().toISOString() })
        .where(eq(treatmentSessions.id, session.id))
        .run();
      tx.delete(injections).where(eq(injections.sessionId, session.id)).run();
      if (data.sites.length > 0) tx.insert(injections).values(siteRows(session.id, data)).run();
      refreshCourseFacts(tx, course.id);
      recordAudit(tx, {
        userId: actor.id,
        action: 'update',
        entity: 'session',
        entityId: session.id,
        patientId: course.patientId,
        outcome: 'success',
        details: { before: { ...session, sites }, after: { ...sessionValues(data), sites: data.sites } },
      });
    },
    { behavior: 'immediate' },
  );
  return { id: session.id, courseId: course.id };
}

/** Deletes a session and its sites, by its author only. */
export async function deleteSession(sessionIdRaw: unknown): Promise<{ courseId: number }> {
  const { session, course, sites } = await getSessionForEdit(sessionIdRaw);
  const actor = await requireActor(['specialist']);
  assertActive(course.status);
  const db = getDb();
  db.transaction(
    (tx) => {
      tx.delete(injections).where(eq(injections.sessionId, session.id)).run();
      tx.delete(treatmentSessions).where(eq(treatmentSessions.id, session.id)).run();
      refreshCourseFacts(tx, course.id);
      recordAudit(tx, {
        userId: actor.id,
        action: 'delete',
        entity: 'session',
        entityId: session.id,
        patientId: course.patientId,
        outcome: 'success',
        details: { before: { ...session, sites } },
      });
    },
    { behavior: 'immediate' },
  );
  return { courseId: course.id };
}
