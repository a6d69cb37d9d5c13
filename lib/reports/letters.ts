import 'server-only';
import { createElement } from 'react';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { courses, letters, patients, referrers, users } from '@/db/schema';
import { LetterDocument } from '@/components/reports/pdf/letter-document';
import { AppError } from '../errors';
import { recordAudit } from '../audit/chain';
import { requireActor } from '../auth/actor';
import { loadCourseForAccess } from '../auth/access';
import { loadCourseRecord } from '../courses';
import { getSettings } from '../settings';
import { todayIso } from '../domain/dates';
import { patientName } from '../domain/patient-name';
import { parseId, parseOrThrow } from '../validation/parse';
import { letterInputSchema } from '../validation/letter';
import { letterContent } from './letter-content';
import { adverseEventsForLetter, followUpResultsForLetter } from './sources';
import { renderPdf, sha256Hex } from './render-pdf';

/**
 * Writes a progress letter for a course: only the course's own specialist. The PDF is stored with its SHA-256 in
 * the same transaction as the audit event that records it.
 */
export async function generateLetter(courseIdRaw: unknown, input: unknown): Promise<{ id: number; courseId: number }> {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  if (course.specialistId !== actor.id) throw new AppError('not_found');
  const { plan } = parseOrThrow(letterInputSchema.safeParse(input));
  const record = loadCourseRecord(course);
  if (!record.referrer) throw new AppError('invalid', 'Choose who referred this patient (Referrer, above) before writing to them.');
  if (record.sessions.length === 0) throw new AppError('invalid', 'Log the first session before writing a progress letter.');
  const settings = getSettings();
  const content = letterContent({
    ...record,
    clinic: { name: settings.clinicName, address: settings.clinicAddress },
    // The settings in force, which summariseCourse applied to the record's summary.
    settings,
    adverseEvents: adverseEventsForLetter(record),
    followUps: followUpResultsForLetter(course.id),
    plan,
    date: todayIso(),
  });
  const pdf = await renderPdf(createElement(LetterDocument, { content, patientName: patientName(record.patient) }));
  const sha256 = sha256Hex(pdf);
  const referrerId = record.referrer.id;
  return getDb().transaction(
    (tx) => {
      const { id } = tx
        .insert(letters)
        .values({ courseId: course.id, referrerId, createdBy: actor.id, plan, sha256, byteLength: pdf.byteLength, pdf })
        .returning({ id: letters.id })
        .get();
      recordAudit(tx, {
        userId: actor.id,
        userEmail: actor.email,
        action: 'letter.generate',
        entity: 'letter',
        entityId: id,
        patientId: course.patientId,
        outcome: 'success',
        details: { courseId: course.id, referrerId, sha256, bytes: pdf.byteLength },
      });
      return { id, courseId: course.id };
    },
    { behavior: 'immediate' },
  );
}

/** The letters sent for a course, newest first: for everyone who may read the course. */
export async function listCourseLetters(courseIdRaw: unknown) {
  const actor = await requireActor();
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'read');
  return getDb()
    .select({
      id: letters.id,
      createdAt: letters.createdAt,
      createdByName: users.name,
      referrerName: referrers.name,
      sha256: letters.sha256,
      byteLength: letters.byteLength,
    })
    .from(letters)
    .innerJoin(users, eq(users.id, letters.createdBy))
    .leftJoin(referrers, eq(referrers.id, letters.referrerId))
    .where(eq(letters.courseId, course.id))
    .orderBy(desc(letters.createdAt), desc(letters.id))
    .all();
}

/**
 * A letter's PDF exactly as sent, for everyone who may read its course. The bytes are checked against the hash
 * recorded when it was sent; a mismatch is refused and audited, never served.
 */
export async function getLetterFile(letterIdRaw: unknown): Promise<{ pdf: Buffer; sha256: string; filename: string }> {
  const actor = await requireActor();
  const db = getDb();
  const row = db
    .select({ id: letters.id, courseId: letters.courseId, createdAt: letters.createdAt, sha256: letters.sha256, pdf: letters.pdf, mrn: patients.mrn })
    .from(letters)
    .innerJoin(courses, eq(courses.id, letters.courseId))
    .innerJoin(patients, eq(patients.id, courses.patientId))
    .where(eq(letters.id, parseId(letterIdRaw)))
    .get();
  if (!row) throw new AppError('not_found');
  const course = loadCourseForAccess(actor, row.courseId, 'read');
  const intact = sha256Hex(row.pdf) === row.sha256;
  recordAudit(db, {
    userId: actor.id,
    userEmail: actor.email,
    action: 'letter.download',
    entity: 'letter',
    entityId: row.id,
    patientId: course.patientId,
    outcome: intact ? 'success' : 'failure',
    details: { sha256: row.sha256, intact },
  });
  if (!intact) throw new AppError('conflict', 'This letter no longer matches the file recorded when it was sent, so it is not served.');
  return { pdf: row.pdf, sha256: row.sha256, filename: `progress-letter-${row.mrn}-${row.createdAt.slice(0, 10)}.pdf` };
}
