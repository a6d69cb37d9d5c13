import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkIns, patientLinks, patients, treatmentSessions, users, type CheckIn, type Course, type PatientLink } from '@/db/schema';
import { requireActor, type Actor } from '../auth/actor';
import { loadCourseForAccess } from '../auth/access';
import { parseId } from '../validation/parse';
import { getSettings } from '../settings';
import { todayIso } from '../domain/dates';
import { checkInState, checkInWindow, hasCheckIn, redFlags, type CheckInState } from '../domain/check-in';
import { emailConfigured } from '../patient-links/mailer';
import { summariseLink, type LinkSummary } from '../patient-links/link-status';
import { hasInjections } from './session';
import { checkInApplies, checkInDateBounds } from './window-sql';

export interface CheckInAnswered {
  id: number;
  answers: Pick<CheckIn, 'pain' | 'spreadingRedness' | 'fever' | 'breathlessChestPain' | 'posturalHeadache' | 'numbnessWeakness'>;
  answeredAt: string;
  redFlag: boolean;
  /** The warning signs in plain words. */
  flags: string[];
  handling: CheckIn['handling'];
  handlingNote: string | null;
  handledAt: string | null;
  handledByName: string | null;
}

export interface CourseCheckIn {
  sessionId: number;
  sessionNumber: number;
  sessionDate: string;
  windowStart: string;
  windowEnd: string;
  state: CheckInState;
  answer: CheckInAnswered | null;
  link: LinkSummary | null;
}

const answerColumns = {
  id: checkIns.id,
  sessionId: checkIns.sessionId,
  answeredAt: checkIns.answeredAt,
  pain: checkIns.pain,
  spreadingRedness: checkIns.spreadingRedness,
  fever: checkIns.fever,
  breathlessChestPain: checkIns.breathlessChestPain,
  posturalHeadache: checkIns.posturalHeadache,
  numbnessWeakness: checkIns.numbnessWeakness,
  redFlag: checkIns.redFlag,
  handling: checkIns.handling,
  handlingNote: checkIns.handlingNote,
  handledAt: checkIns.handledAt,
  handledByName: users.name,
};

const answerQuery = () => getDb().select(answerColumns).from(checkIns).leftJoin(users, eq(users.id, checkIns.handledBy));

function answered(r: ReturnType<ReturnType<typeof answerQuery>['all']>[number]): CheckInAnswered {
  const answers = {
    pain: r.pain,
    spreadingRedness: r.spreadingRedness,
    fever: r.fever,
    breathlessChestPain: r.breathlessChestPain,
    posturalHeadache: r.posturalHeadache,
    numbnessWeakness: r.numbnessWeakness,
  };
  return {
    id: r.id,
    answers,
    answeredAt: r.answeredAt,
    redFlag: r.redFlag,
    flags: redFlags(answers),
    handling: r.handling,
    handlingNote: r.handlingNote,
    handledAt: r.handledAt,
    handledByName: r.handledByName,
  };
}

/**
 * The check-in of every session with injections of a course, with its state, answers, handling and latest link;
 * `earlier` counts the sessions with injections dated before check-ins started (`startDate`), which have none.
 */
export async function getCourseCheckIns(courseIdRaw: unknown) {
  const actor = await requireActor();
  return loadCourseCheckIns(actor, loadCourseForAccess(actor, parseId(courseIdRaw), 'read'));
}

/** A course's check-ins for a caller that has already checked the actor's access to the course (the course page). */
export function loadCourseCheckIns(actor: Actor, course: Course) {
  const db = getDb();
  const today = todayIso();
  const now = new Date();
  const settings = getSettings();
  const sessions = db
    .select({ id: treatmentSessions.id, sessionDate: treatmentSessions.sessionDate, injected: hasInjections })
    .from(treatmentSessions)
    .where(eq(treatmentSessions.courseId, course.id))
    .orderBy(asc(treatmentSessions.sessionDate), asc(treatmentSessions.id))
    .all();
  const answers = new Map(
    answerQuery()
      .where(eq(checkIns.courseId, course.id))
      .all()
      .map((r) => [r.sessionId, answered(r)]),
  );
  const links = db
    .select()
    .from(patientLinks)
    .where(and(eq(patientLinks.courseId, course.id), eq(patientLinks.purpose, 'check_in')))
    .orderBy(desc(patientLinks.id))
    .all();
  let earlier = 0;
  const items: CourseCheckIn[] = sessions.flatMap((s, i) => {
    if (!s.injected) return [];
    const answer = answers.get(s.id) ?? null;
    if (!hasCheckIn(s.sessionDate, answer != null, settings)) {
      earlier++;
      return [];
    }
    const window = checkInWindow(s.sessionDate, settings);
    return [
      {
        sessionId: s.id,
        sessionNumber: i + 1,
        sessionDate: s.sessionDate,
        ...window,
        state: checkInState(window, answer?.answeredAt ?? null, today),
        answer,
        link: summariseLink(
          links.find((l) => l.sessionId === s.id),
          now,
        ),
      },
    ];
  });
  const hasEmail = db.select({ email: patients.email }).from(patients).where(eq(patients.id, course.patientId)).get()?.email != null;
  return {
    checkIns: items,
    before: { startDate: settings.checkInsStartDate, earlier },
    canWrite: actor.role === 'specialist',
    email: { configured: emailConfigured(), patientHasEmail: hasEmail },
  };
}

export type CourseCheckIns = ReturnType<typeof loadCourseCheckIns>;

interface WorklistCheckIn {
  sessionId: number;
  sessionDate: string;
  courseId: number;
  condition: string;
  patientId: number;
  patientName: string;
  mrn: string;
}

/** Rows of the specialist's own active patients' check-ins matching `where` (on s, c, p, k = check_ins). */
function ownCheckIns(specialistId: number, where: ReturnType<typeof sql>, order: ReturnType<typeof sql>) {
  return getDb().all<
    Omit<WorklistCheckIn, 'patientName'> & { givenName: string; familyName: string; checkInId: number | null; linkId: number | null }
  >(sql`
    select s.id as "sessionId", s.session_date as "sessionDate", c.id as "courseId", c.condition, p.id as "patientId",
           p.given_name as "givenName", p.family_name as "familyName", p.mrn, k.id as "checkInId",
           (select max(l.id) from patient_links l where l.session_id = s.id) as "linkId"
    from treatment_sessions s
    join courses c on c.id = s.course_id
    join patients p on p.id = c.patient_id
    left join check_ins k on k.session_id = s.id
    where c.specialist_id = ${specialistId} and p.archived = 0 and ${where}
    order by ${order}`);
}

const named = <T extends { givenName: string; familyName: string }>({ givenName, familyName, ...r }: T) => ({
  ...r,
  patientName: `${givenName} ${familyName}`,
});

/** The signed-in specialist's check-ins whose window is open and that are not answered yet, closing soonest first. */
export async function getCheckInsDue(): Promise<{
  rows: (WorklistCheckIn & { windowEnd: string; link: LinkSummary | null })[];
  emailConfigured: boolean;
}> {
  const actor = await requireActor(['specialist']);
  const settings = getSettings();
  const { openedBy, openFrom } = checkInDateBounds(todayIso(), settings);
  const rows = ownCheckIns(
    actor.id,
    sql`k.id is null and s.session_date between ${openFrom} and ${openedBy} and ${checkInApplies(settings)}
        and exists (select 1 from injections i where i.session_id = s.id)`,
    sql`s.session_date, s.id`,
  );
  const linkIds = rows.map((r) => r.linkId).filter((id): id is number => id != null);
  const links = new Map<number, PatientLink>();
  if (linkIds.length > 0) for (const l of getDb().select().from(patientLinks).where(inArray(patientLinks.id, linkIds)).all()) links.set(l.id, l);
  const now = new Date();
  return {
    emailConfigured: emailConfigured(),
    rows: rows.map(({ checkInId: _c, linkId, ...r }) => ({
      ...named(r),
      windowEnd: checkInWindow(r.sessionDate, settings).windowEnd,
      link: summariseLink(linkId != null ? links.get(linkId) : null, now),
    })),
  };
}

/** The signed-in specialist's red-flag check-ins nobody has handled yet, oldest answer first: "Needs attention". */
export async function getCheckInsNeedingAttention(): Promise<(WorklistCheckIn & { answer: CheckInAnswered })[]> {
  const actor = await requireActor(['specialist']);
  const rows = ownCheckIns(actor.id, sql`k.red_flag = 1 and k.handled_at is null`, sql`k.answered_at, k.id`);
  if (rows.length === 0) return [];
  const answers = new Map(
    answerQuery()
      .where(
        inArray(
          checkIns.id,
          rows.map((r) => r.checkInId!),
        ),
      )
      .all()
      .map((r) => [r.id, answered(r)]),
  );
  return rows.map(({ checkInId, linkId: _l, ...r }) => ({ ...named(r), answer: answers.get(checkInId!)! }));
}
