import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditListViewed } from './audit/record';
import { requireActor } from './auth/actor';
import { daysPastDue, nextDueDate, painTrend, type Trend } from './domain/outcome-rules';
import { getSettings } from './settings';
import { todayIso } from './domain/dates';
import { PATIENT_REF_COLUMNS, patientSearch, patientsP, searchTerm, showPatient, type PatientRef, type ShownPatient } from './patients';

export interface WorklistRow extends ShownPatient {
  courseId: number;
  condition: string;
  region: string;
  side: string;
  plannedSessions: number;
  sessionsDone: number;
  lastSessionDate: string | null;
  nextDue: string | null;
  daysPastDue: number | null;
  overdue: boolean;
  lastPain: number | null;
  trend: Trend;
}

interface RawRow extends PatientRef {
  courseId: number;
  condition: string;
  region: string;
  side: string;
  plannedSessions: number;
  intervalWeeks: number;
  startDate: string;
  sessionsDone: number | null;
  lastSessionDate: string | null;
  lastPain: number | null;
  previousPain: number | null;
}

export interface Worklist {
  /** The courses shown, most overdue first: every match of a search, else all or only those due today or earlier. */
  rows: WorklistRow[];
  /** Counts over every active course (matching the search), shown or not. */
  active: number;
  overdue: number;
  /** Not overdue, and due within a week or already due. */
  dueSoon: number;
}

/**
 * The signed-in specialist's active courses. Without a search and unless `all`, only the courses due today or
 * earlier are returned (the rest are counted): the view's audit event names the patients actually shown.
 */
export async function getWorklist(query = '', { all = false }: { all?: boolean } = {}): Promise<Worklist> {
  const actor = await requireActor(['specialist']);
  const db = getDb();
  const q = searchTerm(query);
  // Counts, last date and the last two pains come from the outcome facts kept with every session write
  // (lib/outcomes/facts.ts; k numbers a course's sessions by date, then id): a few index lookups per course instead
  // of numbering every session of the specialist's active courses on each request.
  const rows = db.all<RawRow>(sql`
    select c.id as "courseId", ${PATIENT_REF_COLUMNS}, c.condition as "condition", c.region as "region", c.side as "side",
           c.planned_sessions as "plannedSessions", c.interval_weeks as "intervalWeeks", c.start_date as "startDate",
           f.sessions as "sessionsDone", f.last_date as "lastSessionDate", l.pain as "lastPain", pr.pain as "previousPain"
    from courses c
    join patients p on p.id = c.patient_id
    left join outcome_course_facts f on f.course_id = c.id
    left join outcome_session_facts l on l.course_id = c.id and l.k = f.sessions
    left join outcome_session_facts pr on pr.course_id = c.id and pr.k = f.sessions - 1
    where c.status = 'active' and c.specialist_id = ${actor.id} and p.archived = 0
      and ${patientSearch(patientsP, q) ?? sql`1 = 1`}
  `);
  const today = todayIso();
  const graceDays = getSettings().overdueGraceDays;
  const every = rows
    .map((r): WorklistRow => {
      const due = nextDueDate(r.lastSessionDate, r.intervalWeeks) ?? r.startDate;
      const pastDue = daysPastDue(due, today);
      return {
        courseId: r.courseId,
        ...showPatient(r),
        condition: r.condition,
        region: r.region,
        side: r.side,
        plannedSessions: r.plannedSessions,
        sessionsDone: r.sessionsDone ?? 0,
        lastSessionDate: r.lastSessionDate,
        nextDue: due,
        daysPastDue: pastDue,
        overdue: pastDue > graceDays,
        lastPain: r.lastPain,
        trend: painTrend(r.previousPain, r.lastPain),
      };
    })
    .sort((a, b) => (b.daysPastDue ?? -1e9) - (a.daysPastDue ?? -1e9));
  const everyCourse = all || q !== '';
  const shown = everyCourse ? every : every.filter((r) => r.daysPastDue != null && r.daysPastDue >= 0);
  auditListViewed(
    db,
    actor,
    'worklist',
    shown.map((r) => r.patientId),
    { q, all: everyCourse },
  );
  return {
    rows: shown,
    active: every.length,
    overdue: every.filter((r) => r.overdue).length,
    dueSoon: every.filter((r) => !r.overdue && r.daysPastDue != null && r.daysPastDue >= -7).length,
  };
}
