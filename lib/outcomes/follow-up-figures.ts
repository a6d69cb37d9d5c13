import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import type { OutcomeSettings } from '@/lib/domain/settings';
import { FOLLOW_UP_TIME_POINTS, type TimePointCode } from '@/lib/domain/follow-up-schedule';
import { GLOBAL_IMPRESSION } from '@/lib/domain/patient-questions';
import { responderRule } from './cohort-sql';
import { wilson95, type RateCi } from './stats';

export interface TimePointFigures {
  timePoint: TimePointCode;
  label: string;
  /** Answered over the follow-ups that have fallen due (window opened, or answered early). */
  completion: RateCi;
  /** Responders at this follow-up over the answered ones with an assessable baseline. */
  responders: RateCi;
  /** Answered follow-ups by global impression of change, 1 (very much improved) to 7 (very much worse). */
  impressions: number[];
}

interface RawTimePoint {
  timePoint: string;
  due: number;
  answered: number;
  assessed: number;
  responders: number;
  [impression: `g${number}`]: number;
}

/** Follow-up completion, responder rate and global impression per time point, for the courses of the cohort tables. */
export function readFollowUpFigures(db: Db, today: string, settings: OutcomeSettings): TimePointFigures[] {
  const impressionColumns = sql.join(
    GLOBAL_IMPRESSION.map(
      (g) => sql`count(case when u.answered_at is not null and u.global_impression = ${g.value} then 1 end) as ${sql.identifier(`g${g.value}`)}`,
    ),
    sql`, `,
  );
  const answeredAssessable = sql`u.answered_at is not null and f.assessable_baseline = 1`;
  const rows = db.all<RawTimePoint>(sql`
    select u.time_point as "timePoint",
           count(case when u.answered_at is not null or u.window_start <= ${today} then 1 end) as "due",
           count(u.answered_at) as "answered",
           count(case when ${answeredAssessable} then 1 end) as "assessed",
           count(case when ${answeredAssessable} and ${responderRule(sql`f.pain0`, sql`u.pain`, settings)} then 1 end) as "responders",
           ${impressionColumns}
    from oc_facts f
    join follow_ups u on u.course_id = f.course_id
    group by u.time_point
  `);
  return FOLLOW_UP_TIME_POINTS.map((p) => {
    const r = rows.find((row) => row.timePoint === p.code);
    return {
      timePoint: p.code,
      label: p.label,
      completion: wilson95(r?.answered ?? 0, r?.due ?? 0),
      responders: wilson95(r?.responders ?? 0, r?.assessed ?? 0),
      impressions: GLOBAL_IMPRESSION.map((g) => r?.[`g${g.value}`] ?? 0),
    };
  });
}
