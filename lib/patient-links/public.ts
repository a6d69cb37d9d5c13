import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/index';
import { checkIns, followUps, patientLinks, preSessionReports, treatmentSessions, type PatientLink } from '@/db/schema';
import { auditLink, linkPatient } from './audit';
import { AppError } from '../errors';
import { fieldErrorsOf } from '../validation/form-errors';
import { followUpAnswerSchema, preSessionAnswerSchema } from '../validation/patient-answers';
import { checkInAnswerSchema } from '../validation/check-in';
import { isRedFlag } from '../domain/check-in';
import { timePointLabel } from '../domain/follow-up-schedule';
import { clinicName } from './clinic';
import { LINK_PROBLEMS } from './messages';
import { resolveLink } from './resolve';

/** Public side of patient links: no account, only the token. Unknown tokens write nothing, not even an audit event. */

/** A visit to the link: records the first opening, audits every one (refused ones too). */
export function openLink(db: Db, token: unknown, ip: string | null, now = new Date()) {
  return db.transaction(
    (tx) => {
      const found = resolveLink(tx, token, now);
      if (found.status === 'unknown') return found.status;
      const { link } = found;
      const patient = linkPatient(tx, link.courseId);
      if (found.status === 'valid') {
        if (!link.openedAt) tx.update(patientLinks).set({ openedAt: now.toISOString() }).where(eq(patientLinks.id, link.id)).run();
        auditLink(tx, link, patient.id, { action: 'open', outcome: 'success', ip });
      } else {
        auditLink(tx, link, patient.id, { action: 'open', outcome: 'denied', ip, details: { reason: found.status } });
      }
      return found.status;
    },
    { behavior: 'immediate' },
  );
}

export interface LinkQuestions {
  purpose: PatientLink['purpose'];
  firstName: string;
  clinicName: string;
  /** '6 weeks' for a follow-up; null otherwise. */
  timePoint: string | null;
  /** The injection date (YYYY-MM-DD) a check-in asks about; null otherwise. */
  sessionDate: string | null;
}

/** What the answer page shows for a token: the clinic's name, the patient's first name and which questions. */
export function linkQuestions(
  db: Db,
  token: unknown,
  now = new Date(),
): { status: 'valid'; questions: LinkQuestions } | { status: 'used' | 'expired' | 'unknown' } {
  const found = resolveLink(db, token, now);
  if (found.status !== 'valid') return { status: found.status };
  const { link } = found;
  const timePoint = link.followUpId
    ? (db.select({ tp: followUps.timePoint }).from(followUps).where(eq(followUps.id, link.followUpId)).get()?.tp ?? null)
    : null;
  return {
    status: 'valid',
    questions: {
      purpose: link.purpose,
      firstName: linkPatient(db, link.courseId).givenName.split(/\s+/)[0],
      clinicName: clinicName(),
      timePoint: timePoint ? timePointLabel(timePoint) : null,
      sessionDate: link.sessionId
        ? (db.select({ d: treatmentSessions.sessionDate }).from(treatmentSessions).where(eq(treatmentSessions.id, link.sessionId)).get()?.d ?? null)
        : null,
    },
  };
}

function parseAnswers<T>(result: { success: true; data: T } | { success: false; error: import('zod').ZodError }): T {
  if (!result.success) throw new AppError('invalid', 'Please answer every question.', fieldErrorsOf(result.error));
  return result.data;
}

/** Saves a patient's answers and uses up the link, all or nothing. `redFlag` says a check-in needs the clinic today. */
export function submitLinkAnswers(
  db: Db,
  token: unknown,
  input: unknown,
  ip: string | null,
  now = new Date(),
): { purpose: PatientLink['purpose']; redFlag: boolean } {
  return db.transaction(
    (tx) => {
      const found = resolveLink(tx, token, now);
      if (found.status === 'unknown') throw new AppError('not_found', LINK_PROBLEMS.unknown.title);
      if (found.status !== 'valid') throw new AppError('conflict', LINK_PROBLEMS[found.status].title);
      const { link } = found;
      const at = now.toISOString();
      let redFlag = false;
      if (link.purpose === 'check_in') {
        const answer = parseAnswers(checkInAnswerSchema.safeParse(input));
        redFlag = isRedFlag(answer);
        const saved = tx
          .insert(checkIns)
          .values({ sessionId: link.sessionId!, courseId: link.courseId, linkId: link.id, answeredAt: at, ...answer, redFlag })
          .onConflictDoNothing()
          .run();
        if (saved.changes !== 1) throw new AppError('conflict', LINK_PROBLEMS.used.title);
      } else if (link.purpose === 'follow_up') {
        const answer = parseAnswers(followUpAnswerSchema.safeParse(input));
        const saved = tx
          .update(followUps)
          .set({ ...answer, answeredAt: at, source: 'patient', updatedAt: at })
          .where(and(eq(followUps.id, link.followUpId!), isNull(followUps.answeredAt)))
          .run();
        if (saved.changes !== 1) throw new AppError('conflict', LINK_PROBLEMS.used.title);
      } else {
        const answer = parseAnswers(preSessionAnswerSchema.safeParse(input));
        tx.insert(preSessionReports)
          .values({ linkId: link.id, courseId: link.courseId, reportedAt: at, ...answer })
          .run();
      }
      const used = tx
        .update(patientLinks)
        .set({ usedAt: at })
        .where(and(eq(patientLinks.id, link.id), isNull(patientLinks.usedAt)))
        .run();
      if (used.changes !== 1) throw new AppError('conflict', LINK_PROBLEMS.used.title);
      const target = link.sessionId != null ? { sessionId: link.sessionId, redFlag } : { followUpId: link.followUpId };
      auditLink(tx, link, linkPatient(tx, link.courseId).id, { action: 'answer', outcome: 'success', ip, details: target });
      return { purpose: link.purpose, redFlag };
    },
    { behavior: 'immediate' },
  );
}
