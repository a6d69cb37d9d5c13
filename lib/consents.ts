import 'server-only';
import { asc, desc, eq, lte } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db';
import { consentFormVersions, consents, users } from '@/db/schema';
import { AppError } from './errors';
import { auditRecordChange } from './audit/record';
import { requireActor } from './auth/actor';
import { loadCourseForAccess } from './auth/access';
import { parseId, parseOrThrow } from './validation/parse';
import { consentInputSchema } from './validation/consent';
import { CONSENT_FIELD } from './domain/consent';

/** Refuses a session with injections on a course without the patient's consent on file. */
export function assertConsentOnFile(db: DbOrTx, courseId: number): void {
  const found = db.select({ id: consents.id }).from(consents).where(eq(consents.courseId, courseId)).limit(1).get();
  if (!found) {
    throw new AppError(
      'invalid',
      'The patient’s consent is not on file for this course. Record it, then save again: nothing has been saved and what you typed is kept.',
      {
        [CONSENT_FIELD]: 'Record the patient’s consent before a session with injections',
      },
    );
  }
}

/** Consent form versions, newest first. */
export function loadConsentVersions() {
  return getDb().select().from(consentFormVersions).orderBy(desc(consentFormVersions.appliesFrom), desc(consentFormVersions.id)).all();
}

/** A course's consents with the form version and who recorded each, for a reader already allowed to see the course. */
export function loadCourseConsents(courseId: number) {
  return getDb()
    .select({
      id: consents.id,
      consentDate: consents.consentDate,
      witness: consents.witness,
      versionTitle: consentFormVersions.title,
      recordedByName: users.name,
    })
    .from(consents)
    .innerJoin(consentFormVersions, eq(consentFormVersions.id, consents.versionId))
    .innerJoin(users, eq(users.id, consents.recordedBy))
    .where(eq(consents.courseId, courseId))
    .orderBy(asc(consents.consentDate), asc(consents.id))
    .all();
}

/** Records the patient's consent on a course, on a version of the form that applied on the consent date. */
export async function recordConsent(courseIdRaw: unknown, input: unknown): Promise<{ courseId: number }> {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  const data = parseOrThrow(consentInputSchema.safeParse(input));
  const db = getDb();
  const version = db.select().from(consentFormVersions).where(eq(consentFormVersions.id, data.versionId)).get();
  if (!version) throw new AppError('invalid', 'Some fields need attention.', { versionId: 'Choose a consent form version' });
  const applying = db
    .select({ id: consentFormVersions.id })
    .from(consentFormVersions)
    .where(lte(consentFormVersions.appliesFrom, data.consentDate))
    .orderBy(desc(consentFormVersions.appliesFrom), desc(consentFormVersions.id))
    .limit(1)
    .get();
  if (applying?.id !== version.id) {
    throw new AppError('invalid', 'Some fields need attention.', { versionId: 'This version did not apply on the consent date' });
  }
  db.transaction(
    (tx) => {
      const { id } = tx
        .insert(consents)
        .values({ ...data, courseId: course.id, recordedBy: actor.id })
        .returning({ id: consents.id })
        .get();
      auditRecordChange(tx, actor, { action: 'create', entity: 'consent', entityId: id, patientId: course.patientId, after: data });
    },
    { behavior: 'immediate' },
  );
  return { courseId: course.id };
}
