import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { requireActor } from '@/lib/session';
import { OUTCOME_SETTINGS } from '@/lib/outcome-settings';
import { todayIso } from '@/lib/dates';
import { cohortCtes, groupedMedian } from './cohort-sql';
import { countOverdue } from './overdue';
import { outcomeFiltersSchema, type OutcomeFilters } from './filters';
import { ratio } from './stats';

export type Measure = 'pain' | 'mobility' | 'sleep';
export const MEASURES: readonly Measure[] = ['pain', 'mobility', 'sleep'];

export interface OutcomeSummary {
  patients: number;
  courses: number;
  activeCourses: number;
  completed: number;
  discontinued: number;
  completionRate: number | null;
  discontinuationRate: number | null;
  /** Sessions inside the date range (all sessions without one). */
  sessions: number;
  injections: number;
  injectionsPerSession: number | null;
  adverseEvents: number;
  adversePer100Sessions: number | null;
  responders: number;
  /** Courses with a baseline and at least one later pain score. */
  assessable: number;
  responderRate: number | null;
  /** Courses that met the responder rule at some session. */
  respondedCourses: number;
  medianSessionsToResponse: number | null;
  change: Record<Measure, { n: number; mean: number | null }>;
  overdue: number;
}

interface RawSummary {
  patients: number;
  courses: number;
  active: number | null;
  completed: number | null;
  discontinued: number | null;
  responders: number | null;
  assessable: number;
  responded: number;
  sessions: number;
  injections: number | null;
  adverse: number | null;
  median: number | null;
}

/** Headline figures for the outcome cohort; a specialist sees only their own courses. */
export async function getOutcomeSummary(input: OutcomeFilters, today: string = todayIso()): Promise<OutcomeSummary> {
  const actor = await requireActor();
  const filters = outcomeFiltersSchema.parse(input);
  const db = getDb();
  const ctes = cohortCtes(actor, filters, OUTCOME_SETTINGS);
  const medianSource = sql`select 1 as grp, sessions_to_response as value from course_facts`;
  const row = db.get<RawSummary>(sql`${ctes}
    select
      (select count(distinct patient_id) from course_facts) as "patients",
      (select count(*) from course_facts) as "courses",
      (select sum(case when status = 'active' then 1 else 0 end) from course_facts) as "active",
      (select sum(case when status = 'completed' then 1 else 0 end) from course_facts) as "completed",
      (select sum(case when status = 'discontinued' then 1 else 0 end) from course_facts) as "discontinued",
      (select sum(responder) from course_facts) as "responders",
      (select count(responder) from course_facts) as "assessable",
      (select count(sessions_to_response) from course_facts) as "responded",
      (select count(*) from numbered where in_period = 1) as "sessions",
      (select sum(injections) from numbered where in_period = 1) as "injections",
      (select sum(case when adverse_event <> 'none' then 1 else 0 end) from numbered where in_period = 1) as "adverse",
      (select median from (${groupedMedian(medianSource)}) m) as "median"
  `);
  const changes = db.all<{ measure: Measure; n: number; mean: number | null }>(sql`${ctes}
    select measure as "measure", count(*) as "n", avg(latest - baseline) as "mean"
    from changes where n >= 2 group by measure
  `);
  const change = Object.fromEntries(
    MEASURES.map((m) => {
      const c = changes.find((x) => x.measure === m);
      return [m, { n: c?.n ?? 0, mean: c?.mean ?? null }];
    }),
  ) as OutcomeSummary['change'];

  const injections = row.injections ?? 0;
  const adverse = row.adverse ?? 0;
  return {
    patients: row.patients,
    courses: row.courses,
    activeCourses: row.active ?? 0,
    completed: row.completed ?? 0,
    discontinued: row.discontinued ?? 0,
    completionRate: ratio(row.completed ?? 0, row.courses),
    discontinuationRate: ratio(row.discontinued ?? 0, row.courses),
    sessions: row.sessions,
    injections,
    injectionsPerSession: ratio(injections, row.sessions),
    adverseEvents: adverse,
    adversePer100Sessions: row.sessions ? (100 * adverse) / row.sessions : null,
    responders: row.responders ?? 0,
    assessable: row.assessable,
    responderRate: ratio(row.responders ?? 0, row.assessable),
    respondedCourses: row.responded,
    medianSessionsToResponse: row.median,
    change,
    overdue: countOverdue(actor, filters, today),
  };
}
