import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkIns, injections, patients, treatmentSessions, type Injection, type TreatmentSession } from '@/db/schema';
import { readSettings } from './settings';
import { describeDose, doseCheck, type InjectateContext } from './domain/anaesthetics';
import { AppError } from './errors';
import { auditRecordChange, auditViewed } from './audit/record';
import { requireActor } from './auth/actor';
import { loadCourseForAccess, loadSessionForAccess } from './auth/access';
import { fieldErrorsOf } from './validation/form-errors';
import { sessionInputSchema, type SessionInput } from './validation/session';
import { idSchema } from './validation/common';
import { refreshCourseFacts } from './outcomes/facts';
import { scheduleFollowUps } from './follow-ups/schedule';
import { attachPreSessionReport } from './follow-ups/pre-session';
import { hasAdverseEvents, insertAdverseEvents } from './adverse-events';
import { assertConsentOnFile } from './consents';

function parseSession(input: unknown, course: { startDate: string; patientId: number }): SessionInput {
  const parsed = sessionInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid', 'Some fields need attention.', fieldErrorsOf(parsed.error));
  if (parsed.data.sessionDate < course.startDate) {
    throw new AppError('invalid', 'Some fields need attention.', {
      sessionDate: 'The session date cannot be before the course started',
    });
  }
  return checkInjectate(parsed.data, course.patientId);
}

/** What the session form needs to warn about doses before saving: the patient's weight and the clinic's limits. */
export function loadInjectateContext(patientId: number): InjectateContext {
  const weightKg = getDb().select({ weightKg: patients.weightKg }).from(patients).where(eq(patients.id, patientId)).get()?.weightKg ?? null;
  return { weightKg, settings: readSettings() };
}

/**
 * Dextrose above the clinic's limit is refused; anaesthetic above the maximum dose for the patient's weight needs
 * a reason (the confirmation), which is kept with the session. Without an excess no reason is stored.
 */
function checkInjectate(data: SessionInput, patientId: number): SessionInput {
  const fields: Record<string, string> = {};
  const { weightKg, settings } = loadInjectateContext(patientId);
  data.sites.forEach((site, i) => {
    if (site.dextrosePct != null && site.dextrosePct > settings.dextroseMaxPct) {
      fields[`sites.${i}.dextrosePct`] = `Dextrose can be at most ${settings.dextroseMaxPct} %`;
    }
  });
  const dose = doseCheck(data.sites, weightKg, settings);
  if (dose.exceeded && !data.doseOverrideReason) {
    fields.doseOverrideReason = `Above the maximum dose: ${dose.totals.map(describeDose).join(', ')}. Confirm with a reason to save.`;
  }
  if (Object.keys(fields).length > 0) throw new AppError('invalid', 'Some fields need attention.', fields);
  return dose.exceeded ? data : { ...data, doseOverrideReason: null };
}

type ClinicalValues = Pick<
  TreatmentSession,
  'sessionDate' | 'pain' | 'mobility' | 'sleep' | 'ultrasoundGuided' | 'needling' | 'notes' | 'doseOverrideReason'
>;

function sessionValues(input: ClinicalValues) {
  return {
    sessionDate: input.sessionDate,
    pain: input.pain,
    mobility: input.mobility,
    sleep: input.sleep,
    ultrasoundGuided: input.ultrasoundGuided,
    needling: input.needling,
    notes: input.notes,
    doseOverrideReason: input.doseOverrideReason,
  };
}

type SiteValues = Pick<
  Injection,
  'siteCode' | 'side' | 'injectionCount' | 'dextrosePct' | 'anaesthetic' | 'anaestheticAgent' | 'anaestheticMl' | 'volumeMl' | 'lotNumber'
>;

/** A session's clinical values and sites in one shape, stored or submitted, so audit diffs compare like with like. */
function auditedValues(session: ClinicalValues, sites: readonly SiteValues[]) {
  return {
    ...sessionValues(session),
    sites: sites.map(({ siteCode, side, injectionCount, dextrosePct, anaesthetic, anaestheticAgent, anaestheticMl, volumeMl, lotNumber }) => ({
      siteCode,
      side,
      injectionCount,
      dextrosePct,
      anaesthetic,
      anaestheticAgent,
      anaestheticMl,
      volumeMl,
      lotNumber,
    })),
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
export async function createSession(courseIdRaw: unknown, input: unknown): Promise<{ id: number; courseId: number }> {
  const actor = await requireActor(['specialist']);
  const courseId = idSchema.safeParse(courseIdRaw);
  if (!courseId.success) throw new AppError('not_found');
  const course = loadCourseForAccess(actor, courseId.data, 'write');
  assertActive(course.status);
  const data = parseSession(input, course);
  const db = getDb();
  return db.transaction(
    (tx) => {
      if (data.sites.length > 0) assertConsentOnFile(tx, course.id);
      const { id } = tx
        .insert(treatmentSessions)
        .values({ courseId: course.id, ...sessionValues(data), recordedBy: actor.id })
        .returning({ id: treatmentSessions.id })
        .get();
      if (data.sites.length > 0) tx.insert(injections).values(siteRows(id, data)).run();
      if (data.patientReportId != null) attachPreSessionReport(tx, data.patientReportId, course.id, id);
      insertAdverseEvents(tx, actor, course, id, data.adverseEvents);
      refreshCourseFacts(tx, course.id);
      scheduleFollowUps(tx, course.id);
      auditRecordChange(tx, actor, {
        action: 'create',
        entity: 'session',
        entityId: id,
        patientId: course.patientId,
        after: auditedValues(data, data.sites),
      });
      return { id, courseId: course.id };
    },
    { behavior: 'immediate' },
  );
}

export function loadSessionSites(sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return getDb().select().from(injections).where(inArray(injections.sessionId, sessionIds)).orderBy(asc(injections.id)).all();
}

/** A session the signed-in specialist recorded, with its course and sites; anything else is 404 or 403. */
async function loadOwnSession(sessionIdRaw: unknown) {
  const actor = await requireActor(['specialist']);
  const sessionId = idSchema.safeParse(sessionIdRaw);
  if (!sessionId.success) throw new AppError('not_found');
  const { session, course } = loadSessionForAccess(actor, sessionId.data, 'write');
  if (session.recordedBy !== actor.id) throw new AppError('forbidden', 'Only the specialist who recorded a session can change it.');
  return { actor, session, course, sites: loadSessionSites([session.id]) };
}

/** The session as stored, with its sites; for the edit form. */
export async function getSessionForEdit(sessionIdRaw: unknown) {
  const { actor, session, course, sites } = await loadOwnSession(sessionIdRaw);
  auditViewed(getDb(), actor, 'session', session.id, course.patientId, { patientIds: [course.patientId], form: 'edit' });
  return { session, course, sites, injectate: loadInjectateContext(course.patientId) };
}

/** Replaces a session's values and sites, by its author only. */
export async function updateSession(sessionIdRaw: unknown, input: unknown): Promise<{ id: number; courseId: number }> {
  const { actor, session, course, sites } = await loadOwnSession(sessionIdRaw);
  assertActive(course.status);
  const data = parseSession(input, course);
  const db = getDb();
  db.transaction(
    (tx) => {
      if (data.sites.length > 0) assertConsentOnFile(tx, course.id);
      tx.update(treatmentSessions).set(sessionValues(data)).where(eq(treatmentSessions.id, session.id)).run();
      tx.delete(injections).where(eq(injections.sessionId, session.id)).run();
      if (data.sites.length > 0) tx.insert(injections).values(siteRows(session.id, data)).run();
      insertAdverseEvents(tx, actor, course, session.id, data.adverseEvents);
      refreshCourseFacts(tx, course.id);
      scheduleFollowUps(tx, course.id);
      auditRecordChange(tx, actor, {
        action: 'update',
        entity: 'session',
        entityId: session.id,
        patientId: course.patientId,
        before: auditedValues(session, sites),
        after: auditedValues(data, data.sites),
      });
    },
    { behavior: 'immediate' },
  );
  return { id: session.id, courseId: course.id };
}

/** Deletes a session and its sites, by its author only. */
export async function deleteSession(sessionIdRaw: unknown): Promise<{ courseId: number }> {
  const { actor, session, course, sites } = await loadOwnSession(sessionIdRaw);
  assertActive(course.status);
  const db = getDb();
  if (hasAdverseEvents(db, session.id)) {
    throw new AppError('conflict', 'An adverse event is attributed to this session, so it cannot be deleted.');
  }
  if (db.select({ id: checkIns.id }).from(checkIns).where(eq(checkIns.sessionId, session.id)).get()) {
    throw new AppError('conflict', 'The patient answered this session’s check-in, so it cannot be deleted.');
  }
  db.transaction(
    (tx) => {
      tx.delete(injections).where(eq(injections.sessionId, session.id)).run();
      tx.delete(treatmentSessions).where(eq(treatmentSessions.id, session.id)).run();
      refreshCourseFacts(tx, course.id);
      scheduleFollowUps(tx, course.id);
      auditRecordChange(tx, actor, {
        action: 'delete',
        entity: 'session',
        entityId: session.id,
        patientId: course.patientId,
        before: auditedValues(session, sites),
      });
    },
    { behavior: 'immediate' },
  );
  return { courseId: course.id };
}
