import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/index';
import { courses, patients, type PatientLink } from '@/db/schema';
import { recordAudit } from '../audit/chain';

/** The patient a link's course belongs to. */
export function linkPatient(db: DbOrTx, courseId: number) {
  return db
    .select({ id: patients.id, givenName: patients.givenName, email: patients.email })
    .from(courses)
    .innerJoin(patients, eq(patients.id, courses.patientId))
    .where(eq(courses.id, courseId))
    .get()!;
}

export interface LinkAuditEvent {
  action: 'create' | 'open' | 'answer' | 'email' | 'expire';
  outcome: 'success' | 'failure' | 'denied';
  /** Staff who acted; none for the patient and the link job. */
  actor?: { id: number; email: string } | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** One event in the audit trail for a link: never its token, never the patient's answers. */
export function auditLink(db: DbOrTx, link: Pick<PatientLink, 'id' | 'purpose'>, patientId: number, event: LinkAuditEvent): void {
  recordAudit(db, {
    userId: event.actor?.id ?? null,
    userEmail: event.actor?.email ?? null,
    action: event.action,
    entity: 'patient_link',
    entityId: link.id,
    patientId,
    outcome: event.outcome,
    ip: event.ip ?? null,
    details: { purpose: link.purpose, ...event.details },
  });
}
