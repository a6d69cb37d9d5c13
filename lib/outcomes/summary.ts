import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { requireActor } from '@/lib/auth/actor';
import { todayIso } from '@/lib/domain/dates';
import { MEASURES, type Measure } from '@/lib/domain/outcome-rules';
import { groupedMedian } from './cohort-sql';
import { withCohort } from './cohort-table';
import { overdueCount } from './overdue';
import { outcomeFiltersSchema, type OutcomeFilters } from './filters';
import { ratio } from './stats';
import { primaryCountColumns, primaryOutcome, type PrimaryCounts, type PrimaryOutcome } from './primary';

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

type RawSummary = PrimaryCounts &
  Record<`${Measure}N`, number> &
  Record<`${Measure}Mean`, number | null> & {
    patients: number;
    courses: number;
    active: number | null;
    completed: number | null;
    discontinued: number | null;
    latestResponders: number | null;
    assessable: number;
    responded: number;
    sessions: number;
    injections: number | null;
    adverse: number | null;
    median: number | null;
    overdue: number;
  };

const changeColumns = (m: Measure) => {
  const [n, first, last] = [`cf.${m}_n`, `cf.${m}0`, `cf.${m}1`].map((c) => sql.raw(c));
  return sql`count(case when ${n} >= 2 then 1 end) as ${sql.identifier(`${m}N`)},
    avg(case when ${n} >= 2 then ${last} - ${first} end) as ${sql.identifier(`${m}Mean`)}`;
};

/**
 * Headline figures read in one pass over the cohort table built by `withCohort` (the median sorts its own values);
 * `overdue` is the column of `overdueCount` for the same actor and filters (overdue is judged as of today).
 */
export function readSummary(db: Db, overdue: SQL): OutcomeSummary {
  const medianSource = sql`select 1 as grp, sessions_to_response as value from oc_facts`;
  const row = db.get<RawSummary>(sql`
    select count(distinct cf.patient_id) as "patients", count(*) as "courses",
           sum(case when cf.status = 'active' then 1 else 0 end) as "active",
           sum(case when cf.status = 'completed' then 1 else 0 end) as "completed",
           sum(case when cf.status = 'discontinued' then 1 else 0 end) as "discontinued",
           sum(cf.responder) as "latestResponders", count(cf.responder) as "assessable",
           count(cf.sessions_to_response) as "responded",
           coalesce(sum(cf.period_sessions), 0) as "sessions", sum(cf.period_injections) as "injections",
           sum(cf.period_adverse) as "adverse",
           ${sql.join(MEASURES.map(changeColumns), sql`, `)},
           ${primaryCountColumns()},
           (select median from (${groupedMedian(medianSource)}) m) as "median",
           ${overdue} as "overdue"
    from oc_facts cf
  `)!;
  const change = Object.fromEntries(
    MEASURES.map((m) => [m, { n: row[`${m}N`] ?? 0, mean: row[`${m}N`] ? row[`${m}Mean`] : null }]),
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
    responders: row.latestResponders ?? 0,
    assessable: row.assessable,
    responderRate: ratio(row.latestResponders ?? 0, row.assessable),
    respondedCourses: row.responded,
    medianSessionsToResponse: row.median,
    change,
    overdue: row.overdue,
    primary: primaryOutcome(row),
  };
}

/** Headline figures for the outcome cohort; a specialist sees only their own courses. */
export async function getOutcomeSummary(input: OutcomeFilters, today: string = todayIso()): Promise<OutcomeSummary> {
  const actor = await requireActor();
  const filters = outcomeFiltersSchema.parse(input);
  return withCohort(actor, filters, (db) => readSummary(db, overdueCount(actor, filters, today)));
}
