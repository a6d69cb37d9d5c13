import 'server-only';
import { format } from 'date-fns';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { followUps, patientLinks, patients, preSessionReports, type Course, type FollowUp, type PatientLink } from '@/db/schema';
import { requireActor, type Actor } from '../auth/actor';
import { loadCourseForAccess } from '../auth/access';
import { parseId } from '../validation/parse';
import { followUpState, timePointLabel, timePointOrder, type FollowUpState } from '../domain/follow-up-schedule';
import { formatDate, todayIso } from '../domain/dates';
import { toIsoDate } from '../domain/outcome-rules';
import { emailConfigured } from '../patient-links/mailer';
import { summariseLink, type LinkSummary } from '../patient-links/link-status';

/** A stored timestamp as a date in the clinic's calendar. */
const localDate = (iso: string) => toIsoDate(new Date(iso));

export interface FollowUpItem {
  id: number;
  timePoint: string;
  label: string;
  dueDate: string;
  windowStart: string;
  windowEnd: string;
  state: FollowUpState;
  answeredAt: string | null;
  pain: number | null;
  mobility: number | null;
  sleep: number | null;
  globalImpression: number | null;
  comment: string | null;
  link: LinkSummary | null;
}

export interface PatientScores {
  pain: number;
  mobility: number;
  sleep: number;
}

/** A course's follow-ups, answered or not, as stored: loaded once per course page (record figures and schedule). */
export function loadCourseFollowUps(courseId: number): FollowUp[] {
  return getDb().select().from(followUps).where(eq(followUps.courseId, courseId)).all();
}

/**
 * A course's follow-ups, links and patient-reported scores: what the course page shows of them. The caller has
 * checked `actor`'s access to `course` and loaded its follow-ups (`loadCourseFollowUps`).
 */
export function loadCourseSelfReports(actor: Actor, course: Course, rows: FollowUp[]) {
  const db = getDb();
  const now = new Date();
  const today = todayIso();
  const links = db.select().from(patientLinks).where(eq(patientLinks.courseId, course.id)).orderBy(desc(patientLinks.id)).all();
  const latest = (followUpId: number) => links.find((l) => l.followUpId === followUpId);
  const items: FollowUpItem[] = [...rows]
    .sort((a, b) => timePointOrder(a.timePoint) - timePointOrder(b.timePoint))
    .map((f) => ({
      id: f.id,
      timePoint: f.timePoint,
      label: timePointLabel(f.timePoint),
      dueDate: f.dueDate,
      windowStart: f.windowStart,
      windowEnd: f.windowEnd,
      state: followUpState(f, today),
      answeredAt: f.answeredAt,
      pain: f.pain,
      mobility: f.mobility,
      sleep: f.sleep,
      globalImpression: f.globalImpression,
      comment: f.comment,
      link: summariseLink(latest(f.id), now),
    }));
  const reports = db.select().from(preSessionReports).where(eq(preSessionReports.courseId, course.id)).orderBy(asc(preSessionReports.id)).all();
  const bySession: Record<number, PatientScores> = {};
  for (const r of reports) if (r.sessionId != null) bySession[r.sessionId] = { pain: r.pain, mobility: r.mobility, sleep: r.sleep };
  const waiting = reports.filter((r) => r.sessionId == null && localDate(r.reportedAt) === today).at(-1) ?? null;
  const preSessionLink = links.find((l) => l.purpose === 'pre_session');
  const hasEmail = db.select({ email: patients.email }).from(patients).where(eq(patients.id, course.patientId)).get()?.email != null;
  return {
    followUps: items,
    bySession,
    waitingReport: waiting && { reportedAt: waiting.reportedAt, pain: waiting.pain, mobility: waiting.mobility, sleep: waiting.sleep },
    preSessionLink: summariseLink(preSessionLink, now),
    chartPoints: items
      .filter((f) => f.state === 'answered')
      .map((f) => ({
        label: `${f.label} · ${formatDate(localDate(f.answeredAt!)).replace(/ \d{4}$/, '')}`,
        pain: f.pain,
        mobility: f.mobility,
        sleep: f.sleep,
        patientReported: true as const,
      })),
    canWrite: actor.role === 'specialist',
    active: course.status === 'active',
    email: { configured: emailConfigured(), patientHasEmail: hasEmail },
  };
}

export type CourseSelfReports = ReturnType<typeof loadCourseSelfReports>;

export interface DueFollowUp {
  id: number;
  timePoint: string;
  dueDate: string;
  windowEnd: string;
  courseId: number;
  condition: string;
  region: string;
  side: string;
  patientId: number;
  patientName: string;
  mrn: string;
  link: LinkSummary | null;
}

/** The signed-in specialist's follow-ups whose answer window is open, closing soonest first. */
export async function getFollowUpsDue(): Promise<{ rows: DueFollowUp[]; emailConfigured: boolean }> {
  const actor = await requireActor(['specialist']);
  const today = todayIso();
  const now = new Date();
  const rows = getDb().all<Omit<DueFollowUp, 'link' | 'patientName'> & { givenName: string; familyName: string; linkId: number | null }>(sql`
    select f.id, f.time_point as "timePoint", f.due_date as "dueDate", f.window_end as "windowEnd", c.id as "courseId",
           c.condition, c.region, c.side, p.id as "patientId", p.given_name as "givenName", p.family_name as "familyName",
           p.mrn, (select max(l.id) from patient_links l where l.follow_up_id = f.id) as "linkId"
    from follow_ups f
    join courses c on c.id = f.course_id
    join patients p on p.id = c.patient_id
    where c.specialist_id = ${actor.id} and p.archived = 0 and f.answered_at is null
      and f.window_start <= ${today} and f.window_end >= ${today}
    order by f.window_end, f.id`);
  const linkIds = rows.map((r) => r.linkId).filter((id): id is number => id != null);
  const links = new Map<number, PatientLink>();
  if (linkIds.length > 0) {
    for (const l of getDb().select().from(patientLinks).where(inArray(patientLinks.id, linkIds)).all()) links.set(l.id, l);
  }
  return {
    emailConfigured: emailConfigured(),
    rows: rows.map(({ givenName, familyName, linkId, ...r }) => ({
      ...r,
      patientName: `${givenName} ${familyName}`,
      link: summariseLink(linkId != null ? links.get(linkId) : null, now),
    })),
  };
}

/** Today's scores the patient entered before the session, not yet used by a session: the new-session form starts from them. */
export async function getWaitingPreSessionReport(courseIdRaw: unknown) {
  const actor = await requireActor(['specialist']);
  const course = loadCourseForAccess(actor, parseId(courseIdRaw), 'write');
  const today = todayIso();
  const report = getDb()
    .select()
    .from(preSessionReports)
    .where(and(eq(preSessionReports.courseId, course.id), isNull(preSessionReports.sessionId)))
    .orderBy(desc(preSessionReports.id))
    .limit(5)
    .all()
    .find((r) => localDate(r.reportedAt) === today);
  return report
    ? { id: report.id, reportedTime: format(new Date(report.reportedAt), 'HH:mm'), pain: report.pain, mobility: report.mobility, sleep: report.sleep }
    : null;
}
