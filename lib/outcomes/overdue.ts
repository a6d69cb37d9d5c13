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
function overdueWhere(actor: Actor, filters: OutcomeFilters, today: string): SQL {
  const cutoff = overdueCutoff(today, getSettings());
  return sql`c.status = 'active' and ${courseWhere(actor, filters)}
    and julianday(f.last_date) + c.interval_weeks * 7 < julianday(${cutoff})`;
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

/** How many courses `getOverdueCourses` lists (every course has its patient and specialist). */
export function countOverdue(actor: Actor, filters: OutcomeFilters, today: string): number {
  const row = getDb().get<{ n: number }>(sql`
    select count(*) as "n" from courses c join outcome_course_facts f on f.course_id = c.id
    where ${overdueWhere(actor, filters, today)}`);
  return row?.n ?? 0;
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
  auditListViewed(db, actor, 'overdue_list', rows.map((r) => r.patientId), { filters: filtersToQuery(filters) });
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
