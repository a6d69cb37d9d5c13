import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { requireActor } from '@/lib/session';
import { OUTCOME_SETTINGS } from '@/lib/outcome-settings';
import { cohortCtes } from './cohort-sql';
import { outcomeFiltersSchema, type OutcomeFilters } from './filters';
import { kaplanMeier, meanCi95, type CurvePoint, type MeanCi, type ResponseTimes } from './stats';

export interface SessionPoint {
  session: number;
  sessions: number;
  pain: MeanCi;
  mobility: MeanCi;
  sleep: MeanCi;
  meanInjections: number | null;
}

interface RawPoint {
  k: number;
  n: number;
  painN: number;
  painSum: number | null;
  painSq: number | null;
  mobilityN: number;
  mobilitySum: number | null;
  mobilitySq: number | null;
  sleepN: number;
  sleepSum: number | null;
  sleepSq: number | null;
  meanInjections: number | null;
}

/** Cohort mean scores (with 95 % intervals) and mean injections, by session number over all the cohort's sessions. */
export async function getSessionSeries(input: OutcomeFilters): Promise<SessionPoint[]> {
  const actor = await requireActor();
  const filters = outcomeFiltersSchema.parse(input);
  const rows = getDb().all<RawPoint>(sql`${cohortCtes(actor, filters, OUTCOME_SETTINGS)}
    select k as "k", count(*) as "n",
           count(pain) as "painN", sum(pain) as "painSum", sum(pain * pain) as "painSq",
           count(mobility) as "mobilityN", sum(mobility) as "mobilitySum", sum(mobility * mobility) as "mobilitySq",
           count(sleep) as "sleepN", sum(sleep) as "sleepSum", sum(sleep * sleep) as "sleepSq",
           avg(injections * 1.0) as "meanInjections"
    from numbered
    group by k
    order by k
  `);
  return rows.map((r) => ({
    session: r.k,
    sessions: r.n,
    pain: meanCi95(r.painN, r.painSum, r.painSq),
    mobility: meanCi95(r.mobilityN, r.mobilitySum, r.mobilitySq),
    sleep: meanCi95(r.sleepN, r.sleepSum, r.sleepSq),
    meanInjections: r.meanInjections,
  }));
}

/**
 * Time to response: Kaplan–Meier share of courses responded by session number. Courses that have not
 * (yet) responded are censored at their last pain score; courses without a baseline are left out.
 */
export async function getTimeToResponse(input: OutcomeFilters): Promise<CurvePoint[]> {
  const actor = await requireActor();
  const filters = outcomeFiltersSchema.parse(input);
  const rows = getDb().all<ResponseTimes>(sql`${cohortCtes(actor, filters, OUTCOME_SETTINGS)}
    select coalesce(sessions_to_response, last_pain_k) as "time",
           sum(case when sessions_to_response is not null then 1 else 0 end) as "events",
           sum(case when sessions_to_response is null then 1 else 0 end) as "censored"
    from course_facts
    where baseline_pain is not null
    group by coalesce(sessions_to_response, last_pain_k)
    order by 1
  `);
  return kaplanMeier(rows);
}
