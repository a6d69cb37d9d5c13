import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { MEASURES, type Measure } from '@/lib/domain/outcome-rules';
import { groupedMedian } from './cohort-sql';
import { meanCi95, type MeanCi } from './stats';

/** Width of a bin on the weeks-since-start axis. */
export const WEEK_BIN = 4;

export interface WeekPoint {
  /** First week of the bin (0, 4, 8, …) since the course start. */
  week: number;
  /** Sessions (clinic-recorded) or answered follow-ups (patient-reported). */
  source: 'session' | 'follow_up';
  pain: MeanCi;
  mobility: MeanCi;
  sleep: MeanCi;
}

export interface WeekSeries {
  points: WeekPoint[];
  /** Median week of the last session with injections, over the cohort's courses. */
  lastInjectionWeek: number | null;
}

type RawWeek = { week: number; source: WeekPoint['source'] } & Record<`${Measure}${'N' | 'Sum' | 'Sq'}`, number | null>;

const days = (date: string) => sql.raw(`(julianday(${date}) - julianday(c.start_date))`);

/**
 * Cohort mean scores by weeks since course start, sessions and follow-ups apart, so the follow-ups after the last
 * injection extend the curves; from the cohort tables of `withCohort`.
 */
export function readWeekSeries(db: Db): WeekSeries {
  const measures = sql.raw(MEASURES.map((m) => `count(${m}) as "${m}N", sum(${m}) as "${m}Sum", sum(${m} * ${m}) as "${m}Sq"`).join(', '));
  const rows = db.all<RawWeek>(sql`
    select cast(d / ${7 * WEEK_BIN} as integer) * ${WEEK_BIN} as "week", source as "source", ${measures}
    from (
      select ${days('sf.session_date')} as d, 'session' as source, sf.pain, sf.mobility, sf.sleep
      from oc_facts f join courses c on c.id = f.course_id join outcome_session_facts sf on sf.course_id = f.course_id
      union all
      select ${days('substr(u.answered_at, 1, 10)')}, 'follow_up', u.pain, u.mobility, u.sleep
      from oc_facts f join courses c on c.id = f.course_id join follow_ups u on u.course_id = f.course_id
      where u.answered_at is not null
    ) scores
    where d >= 0
    group by 1, 2
    order by 1, 2
  `);
  const lastInjection = sql`select 1 as grp, ${days('max(sf.session_date)')} / 7.0 as value
    from oc_facts f join courses c on c.id = f.course_id join outcome_session_facts sf on sf.course_id = f.course_id
    where sf.injections > 0 group by f.course_id`;
  const median = db.get<{ median: number | null }>(sql`select median from (${groupedMedian(lastInjection)}) m`);
  return {
    points: rows.map((r) => ({
      week: r.week,
      source: r.source,
      pain: meanCi95(r.painN ?? 0, r.painSum, r.painSq),
      mobility: meanCi95(r.mobilityN ?? 0, r.mobilitySum, r.mobilitySq),
      sleep: meanCi95(r.sleepN ?? 0, r.sleepSum, r.sleepSq),
    })),
    lastInjectionWeek: median?.median ?? null,
  };
}
