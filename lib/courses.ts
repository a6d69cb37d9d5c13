import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { courses, injections, patients, treatmentSessions, users, type Course, type FollowUp } from '@/db/schema';
import { AppError } from './errors';
import { auditRecordChange, auditViewed } from './audit/record';
import { requireActor } from './auth/actor';
import { assertPatientAccess, loadCourseForAccess, patientOwner } from './auth/access';
import { courseCloseSchema, courseInputSchema, courseNotesSchema } from './validation/course';
import { parseId, parseOrThrow } from './validation/parse';
import { loadInjectateContext, loadSessionSites } from './sessions';
import { checkedReferrerId, findReferrer } from './referrers';
import { loadCourseAdverseEvents } from './adverse-events';
import { loadConsentVersions, loadCourseConsents } from './consents';
import { summariseCourse } from './domain/course-summary';
import { getSettings } from './settings';
import { todayIso } from './domain/dates';
import { scheduleFollowUps } from './follow-ups/schedule';
import { loadCourseFollowUps, loadCourseSelfReports } from './follow-ups/queries';
import { loadCourseCheckIns } from './check-ins/queries';

/** A patient's courses with session counts and latest scores, newest first. */
export async function listPatientCourses(patientIdRaw: unknown) {
  const actor = await requireActor();
  const patientId = parseId(patientIdRaw);
  assertPatientAccess(actor, patientOwner(patientId), 'read');
  return getDb().all<{
    id: number;
    condition: string;
    region: string;
    side: string;
    status: string;
    startDate: string;
    endDate: string | null;
    plannedSessions: number;
    intervalWeeks: number;
    specialistName: string;
    sessions: number;
    lastDate: string | null;
    baselinePain: number | null;
    lastPain: number | null;
    lastMobility: number | null;
    lastSleep: number | null;
  }>(sql`
    with ranked as (
      select s.course_id, s.session_date, s.pain, s.mobility, s.sleep,
             row_number() over (partition by s.course_id order by s.session_date desc, s.id desc) as latest,
             row_number() over (partition by s.course_id order by s.session_date, s.id) as earliest,
             count(*) over (partition by s.course_id) as n
      from treatment_sessions s join courses c on c.id = s.course_id where c.patient_id = ${patientId}
    )
    select c.id, c.condition, c.region, c.side, c.status, c.start_date as "startDate", c.end_date as "endDate",
           c.planned_sessions as "plannedSessions", c.interval_weeks as "intervalWeeks", u.name as "specialistName",
           coalesce(l.n, 0) as "sessions", l.session_date as "lastDate", b.pain as "baselinePain",
           l.pain as "lastPain", l.mobility as "lastMobility", l.sleep as "lastSleep"
    from courses c join users u on u.id = c.specialist_id
    left join ranked l on l.course_id = c.id and l.latest = 1
    left join ranked b on b.course_id = c.id and b.earliest = 1
    where c.patient_id = ${patientId}
    order by c.status = 'active' desc, c.start_date desc
  `);
}

/**
 * A course's record as the course page shows it (patient, sessions with their sites, summary figures, referrer).
 * The caller has checked access (`loadCourseForAccess`); progress letters read the same record so their figures
 * are the page's.
 */
export function loadCourseRecord(course: Course, followUpRows: FollowUp[] = loadCourseFollowUps(course.id)) {
  const db = getDb();
  const patient = db
    .select({ id: patients.id, givenName: patients.givenName, familyName: patients.familyName, mrn: patients.mrn, dateOfBirth: patients.dateOfBirth })
    .from(patients)
    .where(eq(patients.id, course.patientId))
    .get()!;
  const specialist = db.select({ name: users.name }).from(users).where(eq(users.id, course.specialistId)).get()!;
  const sessions = db
    .select({ session: treatmentSessions, recordedByName: users.name })
    .from(treatmentSessions)
    .innerJoin(users, eq(users.id, treatmentSessions.recordedBy))
    .where(eq(treatmentSessions.courseId, course.id))
    .orderBy(asc(treatmentSessions.sessionDate), asc(treatmentSessions.id))
    .all();
  const sites = loadSessionSites(sessions.map((s) => s.session.id));
  const adverseEvents = loadCourseAdverseEvents(course.id);
  const withSites = sessions.map(({ session, recordedByName }, i) => {
    const own = sites.filter((x) => x.sessionId === session.id);
    return {
      ...session,
      number: i + 1,
      recordedByName,
      sites: own,
      injections: own.reduce((n, x) => n + x.injectionCount, 0),
      adverseEvents: adverseEvents.filter((e) => e.sessionId === session.id),
    };
  });
  const answered = followUpRows
    .filter((f) => f.answeredAt != null)
    .map((f) => ({ timePoint: f.timePoint, answeredAt: f.answeredAt as string, pain: f.pain as number }));
  return {
    course,
    patient,
    specialistName: specialist.name,
    referrer: findReferrer(db, course.referrerId),
    sessions: withSites,
    adverseEvents,
    consents: loadCourseConsents(course.id),
    consentVersions: loadConsentVersions(),
    summary: summariseCourse(course, withSites, todayIso(), getSettings(), answered),
  };
}

/** Everything the course page shows, its follow-ups and patient-reported scores included; audits the view. */
export async function getCourseDetail(courseIdRaw: unknown) {
  const actor = await requireActor();
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'read');
  auditViewed(getDb(), actor, 'course', course.id, course.patientId);
  const followUpRows = loadCourseFollowUps(course.id);
  return {
    ...loadCourseRecord(course, followUpRows),
    selfReports: loadCourseSelfReports(actor, course, followUpRows),
    checkIns: loadCourseCheckIns(actor, course),
    canWrite: actor.role === 'specialist',
    actorId: actor.id,
  };
}

/** Course, patient and the previous session's sites: what the session form starts from. */
export async function getSessionFormContext(courseIdRaw: unknown) {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  const db = getDb();
  const patient = db
    .select({ id: patients.id, givenName: patients.givenName, familyName: patients.familyName, mrn: patients.mrn })
    .from(patients)
    .where(eq(patients.id, course.patientId))
    .get()!;
  const last = db
    .select({ id: treatmentSessions.id, sessionDate: treatmentSessions.sessionDate })
    .from(treatmentSessions)
    .where(eq(treatmentSessions.courseId, course.id))
    .orderBy(desc(treatmentSessions.sessionDate), desc(treatmentSessions.id))
    .limit(1)
    .get();
  const count = db
    .select({ n: sql<number>`count(*)` })
    .from(treatmentSessions)
    .where(eq(treatmentSessions.courseId, course.id))
    .get()!.n;
  // The course's most recent solution, even when the last session was a review without injections.
  const lastInjection = db
    .select({
      dextrosePct: injections.dextrosePct,
      anaestheticAgent: injections.anaestheticAgent,
      anaestheticMl: injections.anaestheticMl,
      volumeMl: injections.volumeMl,
    })
    .from(injections)
    .innerJoin(treatmentSessions, eq(treatmentSessions.id, injections.sessionId))
    .where(eq(treatmentSessions.courseId, course.id))
    .orderBy(desc(treatmentSessions.sessionDate), desc(injections.id))
    .limit(1)
    .get();
  auditViewed(db, actor, 'session_form', course.id, course.patientId, { patientIds: [course.patientId] });
  return {
    course,
    patient,
    lastSession: last ?? null,
    lastSites: last ? loadSessionSites([last.id]) : [],
    lastInjection: lastInjection ?? null,
    sessionCount: count,
    injectate: loadInjectateContext(course.patientId),
  };
}

export async function createCourse(patientIdRaw: unknown, input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(['specialist']);
  const patientId = parseId(patientIdRaw);
  assertPatientAccess(actor, patientOwner(patientId), 'write');
  const data = parseOrThrow(courseInputSchema.safeParse(input));
  const db = getDb();
  return db.transaction(
    (tx) => {
      checkedReferrerId(tx, data.referrerId);
      const { id } = tx
        .insert(courses)
        .values({ ...data, patientId, specialistId: actor.id, status: 'active' })
        .returning({ id: courses.id })
        .get();
      auditRecordChange(tx, actor, { action: 'create', entity: 'course', entityId: id, patientId, after: data });
      return { id };
    },
    { behavior: 'immediate' },
  );
}

export async function closeCourse(courseIdRaw: unknown, input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  if (course.status !== 'active') throw new AppError('conflict', 'This course is already closed.');
  const data = parseOrThrow(courseCloseSchema.safeParse(input));
  if (data.endDate < course.startDate) {
    throw new AppError('invalid', 'Some fields need attention.', { endDate: 'The end date cannot be before the course started' });
  }
  const db = getDb();
  db.transaction(
    (tx) => {
      tx.update(courses).set(data).where(eq(courses.id, course.id)).run();
      scheduleFollowUps(tx, course.id);
      auditRecordChange(tx, actor, {
        action: 'update',
        entity: 'course',
        entityId: course.id,
        patientId: course.patientId,
        before: { status: course.status, endDate: course.endDate, endReason: course.endReason },
        after: data,
      });
    },
    { behavior: 'immediate' },
  );
  return { id: course.id };
}

export async function updateCourseNotes(courseIdRaw: unknown, input: unknown): Promise<{ id: number }> {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  const data = parseOrThrow(courseNotesSchema.safeParse(input));
  const db = getDb();
  db.transaction(
    (tx) => {
      tx.update(courses).set({ notes: data.notes }).where(eq(courses.id, course.id)).run();
      auditRecordChange(tx, actor, {
        action: 'update',
        entity: 'course',
        entityId: course.id,
        patientId: course.patientId,
        before: { notes: course.notes },
        after: data,
      });
    },
    { behavior: 'immediate' },
  );
  return { id: course.id };
}
