import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Actor } from '@/lib/auth/actor';
import { auditListViewed } from '@/lib/audit/record';
import { requireActor } from '@/lib/auth/actor';
import { daysPastDue, nextDueDate, overdueCutoff } from '@/lib/domain/outcome-rules';
import { getSettings } from '@/lib/settings';
import { todayIso } from '@/lib/domain/dates';
import { PATIENT_REF_COLUMNS, showPatient, type PatientRef, type ShownPatient } from '@/lib/patients';
import { courseWhere } from './cohort-sql';
import { filtersToQuery, outcomeFiltersSchema, type OutcomeFilters } from './filters';

interface OverdueCourse extends ShownPatient {
  courseId: number;
  condition: string;
  specialistName: string;
  sessions: number;
  lastSessionDate: string;
  dueDate: string;
  daysPastDue: number;
}

/**
 * Active courses whose next due date (last session + interval) is more than the grace period past.
 * Overdue is a state as of today, so the date range filter does not apply; the other filters do.
 * Last session dates come from the maintained outcome facts (lib/outcomes/facts.ts).
 * The date arithmetic is the one dialect-specific expression (SQLite `julianday()`, days as numbers: the same
 * comparison as `date(last_date, '+N days') < cutoff` on these whole dates, without building a date string per course;
 * `+ interval` on PostgreSQL).
 */
function pastDue(lastDate: SQL, intervalWeeks: SQL, today: string): SQL {
  return sql`julianday(${lastDate}) + ${intervalWeeks} * 7 < julianday(${overdueCutoff(today, getSettings())})`;
}

function overdueWhere(actor: Actor, filters: OutcomeFilters, today: string): SQL {
  return sql`c.status = 'active' and ${courseWhere(actor, filters)} and ${pastDue(sql`f.last_date`, sql`c.interval_weeks`, today)}`;
}

function overdueSql(actor: Actor, filters: OutcomeFilters, today: string): SQL {
  return sql`
    select c.id as "courseId", ${PATIENT_REF_COLUMNS}, c.condition as "condition", u.name as "specialistName", f.sessions as "sessions",
           f.last_date as "lastSessionDate", c.interval_weeks as "intervalWeeks"
    from courses c
    join outcome_course_facts f on f.course_id = c.id
    join patients p on p.id = c.patient_id
    join users u on u.id = c.specialist_id
    where ${overdueWhere(actor, filters, today)}
  `;
}

/**
 * How many courses `getOverdueCourses` lists, as a column of a select over the cohort table `oc_facts cf` of `withCohort`
 * for the same actor and filters: without a date range the cohort holds exactly the courses overdue is judged on (in
 * scope, with a session), so it is counted in the same pass; with one, by a subquery on the facts. Every course has
 * its patient and specialist, so the list's joins change nothing.
 */
export function overdueCount(actor: Actor, filters: OutcomeFilters, today: string): SQL {
  return filters.from || filters.to
    ? sql`(select count(*) from courses c join outcome_course_facts f on f.course_id = c.id
        where ${overdueWhere(actor, filters, today)})`
    : sql`count(case when cf.status = 'active' and ${pastDue(sql`cf.last_date`, sql`cf.interval_weeks`, today)} then 1 end)`;
}

interface RawOverdue extends PatientRef {
  courseId: number;
  condition: string;
  specialistName: string;
  sessions: number;
  lastSessionDate: string;
  intervalWeeks: number;
}

/** Overdue courses in the actor's scope, most overdue first. */
export async function getOverdueCourses(input: OutcomeFilters, today: string = todayIso()): Promise<OverdueCourse[]> {
  const actor = await requireActor();
  const filters = outcomeFiltersSchema.parse(input);
  const db = getDb();
  const rows = db.all<RawOverdue>(overdueSql(actor, filters, today));
  auditListViewed(
    db,
    actor,
    'overdue_list',
    rows.map((r) => r.patientId),
    { filters: filtersToQuery(filters) },
  );
  return rows
    .map((r) => {
      const dueDate = nextDueDate(r.lastSessionDate, r.intervalWeeks) as string;
      return {
        courseId: r.courseId,
        ...showPatient(r),
        condition: r.condition,
        specialistName: r.specialistName,
        sessions: r.sessions,
        lastSessionDate: r.lastSessionDate,
        dueDate,
        daysPastDue: daysPastDue(dueDate, today),
      };
    })
    .sort((a, b) => b.daysPastDue - a.daysPastDue || a.courseId - b.courseId);
}
