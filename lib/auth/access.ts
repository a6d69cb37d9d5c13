import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { courses, patients, treatmentSessions } from '@/db/schema';
import { AppError } from '../errors';
import type { Actor } from './actor';

export type AccessMode = 'read' | 'write';

/**
 * Access rules (docs/architecture.md): specialists read and write their own patients only (others' are 404, so nothing
 * leaks about their existence); managers and admins read every patient and write none.
 */
export function assertPatientAccess(actor: Actor, patientSpecialistId: number | undefined, mode: AccessMode): void {
  if (patientSpecialistId === undefined) throw new AppError('not_found');
  if (actor.role === 'specialist') {
    if (patientSpecialistId !== actor.id) throw new AppError('not_found');
    return;
  }
  if (mode === 'write') throw new AppError('forbidden', 'Only the treating specialist can change clinical records.');
}

export function patientOwner(patientId: number): number | undefined {
  return getDb().select({ s: patients.specialistId }).from(patients).where(eq(patients.id, patientId)).get()?.s;
}

export function loadCourseForAccess(actor: Actor, courseId: number, mode: AccessMode) {
  const row = getDb()
    .select({ course: courses, owner: patients.specialistId })
    .from(courses)
    .innerJoin(patients, eq(patients.id, courses.patientId))
    .where(eq(courses.id, courseId))
    .get();
  assertPatientAccess(actor, row?.owner, mode);
  return row!.course;
}

export function loadSessionForAccess(actor: Actor, sessionId: number, mode: AccessMode) {
  const row = getDb()
    .select({ session: treatmentSessions, course: courses, owner: patients.specialistId })
    .from(treatmentSessions)
    .innerJoin(courses, eq(courses.id, treatmentSessions.courseId))
    .innerJoin(patients, eq(patients.id, courses.patientId))
    .where(eq(treatmentSessions.id, sessionId))
    .get();
  assertPatientAccess(actor, row?.owner, mode);
  return { session: row!.session, course: row!.course };
}
