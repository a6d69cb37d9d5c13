import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { requireActor } from '@/lib/auth/actor';
import { todayIso } from '@/lib/domain/dates';
import { MEASURES, type Measure } from '@/lib/domain/outcome-rules';
import { groupedMedian } from './cohort-sql';
import { withCohort } from './cohort-table';
import { countOverdue } from './overdue';
import { outcomeFiltersSchema, type OutcomeFilters } from './filters';
import { ratio } from './stats';
import { readPrimary, type PrimaryOutcome } from './primary';

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
  /** Courses with an assessable baseline and at least one later pain score (at the latest session). */
  assessable: number;
  responderRate: number | null;
  /** Courses that met the responder rule at some session. */
  respondedCourses: number;
  medianSessionsToResponse: number | null;
  change: Record<Measure, { n: number; mean: number | null }>;
  overdue: number;
  primary: PrimaryOutcome;
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

/** Headline figures read from the cohort tables built by `withCohort` (overdue is a separate, date-free query). */
export function readSummary(db: Db, overdue: number): OutcomeSummary {
  const medianSource = sql`select 1 as grp, sessions_to_response as value from oc_facts`;
  const row = db.get<RawSummary>(sql`
    select f.*, p.*, (select median from (${groupedMedian(medianSource)}) m) as "median"
    from (
      select count(distinct patient_id) as "patients", count(*) as "courses",
             sum(case when status = 'active' then 1 else 0 end) as "active",
             sum(case when status = 'completed' then 1 else 0 end) as "completed",
             sum(case when status = 'discontinued' then 1 else 0 end) as "discontinued",
             sum(responder) as "responders", count(responder) as "assessable",
             count(sessions_to_response) as "responded"
      from oc_facts
    ) f,
    (
      select coalesce(sum(period_sessions), 0) as "sessions", sum(period_injections) as "injections",
             sum(period_adverse) as "adverse"
      from oc_facts
    ) p
  `);
  const changes = db.get<Record<`${Measure}N`, number> & Record<`${Measure}Mean`, number | null>>(sql`
    select count(case when pain_n >= 2 then 1 end) as "painN", avg(case when pain_n >= 2 then pain1 - pain0 end) as "painMean",
           count(case when mobility_n >= 2 then 1 end) as "mobilityN", avg(case when mobility_n >= 2 then mobility1 - mobility0 end) as "mobilityMean",
           count(case when sleep_n >= 2 then 1 end) as "sleepN", avg(case when sleep_n >= 2 then sleep1 - sleep0 end) as "sleepMean"
    from oc_facts
  `);
  const change = Object.fromEntries(
    MEASURES.map((m) => [m, { n: changes[`${m}N`] ?? 0, mean: changes[`${m}N`] ? changes[`${m}Mean`] : null }]),
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
    overdue,
    primary: readPrimary(db),
  };
}

/** Headline figures for the outcome cohort; a specialist sees only their own courses. */
export async function getOutcomeSummary(input: OutcomeFilters, today: string = todayIso()): Promise<OutcomeSummary> {
  const actor = await requireActor();
  const filters = outcomeFiltersSchema.parse(input);
  return withCohort(actor, filters, (db) => readSummary(db, countOverdue(actor, filters, today)));
}
