import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
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

/** Cohort mean scores (with 95 % intervals) and mean injections by session number, from the cohort tables. */
export function readSessionSeries(db: Db): SessionPoint[] {
  const rows = db.all<RawPoint>(sql`
    select s.k as "k", count(*) as "n",
           count(s.pain) as "painN", sum(s.pain) as "painSum", sum(s.pain * s.pain) as "painSq",
           count(s.mobility) as "mobilityN", sum(s.mobility) as "mobilitySum", sum(s.mobility * s.mobility) as "mobilitySq",
           count(s.sleep) as "sleepN", sum(s.sleep) as "sleepSum", sum(s.sleep * s.sleep) as "sleepSq",
           avg(s.injections * 1.0) as "meanInjections"
    from oc_facts c
    join outcome_session_facts s on s.course_id = c.course_id
    group by s.k
    order by s.k
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
 * (yet) responded are censored at their last pain score; courses without an assessable baseline are left out.
 */
export function readTimeToResponse(db: Db): CurvePoint[] {
  const rows = db.all<ResponseTimes>(sql`
    select coalesce(sessions_to_response, pain_k1) as "time",
           sum(case when sessions_to_response is not null then 1 else 0 end) as "events",
           sum(case when sessions_to_response is null then 1 else 0 end) as "censored"
    from oc_facts
    where assessable_baseline = 1
    group by coalesce(sessions_to_response, pain_k1)
    order by 1
  `);
  return kaplanMeier(rows);
}
