import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { OUTCOME_SETTINGS, type OutcomeSettings } from '@/lib/domain/settings';
import type { OutcomeFilters } from './filters';

/** Which courses an actor may see: a specialist only their own, whatever the specialist filter says. */
export function specialistScope(actor: Actor, filters: OutcomeFilters): number | undefined {
  return actor.role === 'specialist' ? actor.id : filters.specialist;
}

/** Course-level filters (scope, condition, specialist, status) on `courses c`, without the date range. */
export function courseWhere(actor: Actor, filters: OutcomeFilters): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  const specialistId = specialistScope(actor, filters);
  if (specialistId != null) parts.push(sql`c.specialist_id = ${specialistId}`);
  if (filters.condition) parts.push(sql`c.condition = ${filters.condition}`);
  if (filters.status) parts.push(sql`c.status = ${filters.status}`);
  return sql.join(parts, sql` and `);
}

function periodCondition(filters: OutcomeFilters, column: SQL): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (filters.from) parts.push(sql`${column} >= ${filters.from}`);
  if (filters.to) parts.push(sql`${column} <= ${filters.to}`);
  return sql.join(parts, sql` and `);
}

/** The responder rule (docs/clinical-rules.md) as SQL: pain fell by ≥ the absolute threshold or ≥ the relative share of baseline. */
export function responderRule(baseline: SQL, pain: SQL, settings: OutcomeSettings = OUTCOME_SETTINGS): SQL {
  const drop = sql`(${baseline} - ${pain})`;
  return sql`(${drop} > 0 and (${drop} >= ${settings.responderAbsoluteReduction} or ${drop} >= ${settings.responderRelativeReduction} * ${baseline}))`;
}

/**
 * The outcome cohort as common table expressions, to be followed by a `select`:
 * - `scoped`: courses in scope with at least one session in the date range (any date without one), so a
 *   course not yet started is not counted;
 * - `numbered`: all their sessions with session number `k`, `in_period` flag and injection total;
 * - `changes`: per course and measure, the number of recorded scores, baseline and latest score;
 * - `course_facts`: per course, sessions, pain change, responder (null when not assessable), sessions to response.
 */
export function cohortCtes(actor: Actor, filters: OutcomeFilters, settings: OutcomeSettings = OUTCOME_SETTINGS): SQL {
  const treated = sql`exists (select 1 from treatment_sessions r where r.course_id = c.id and ${periodCondition(filters, sql`r.session_date`)})`;
  return sql`
    with scoped as (
      select c.id as course_id, c.patient_id, c.condition, c.specialist_id, c.status
      from courses c
      where ${courseWhere(actor, filters)} and ${treated}
    ),
    numbered as (
      select s.course_id, s.id as session_id, s.session_date, s.pain, s.mobility, s.sleep, s.adverse_event,
             row_number() over (partition by s.course_id order by s.session_date, s.id) as k,
             case when ${periodCondition(filters, sql`s.session_date`)} then 1 else 0 end as in_period,
             coalesce((select sum(i.injection_count) from injections i where i.session_id = s.id), 0) as injections
      from treatment_sessions s
      join scoped sc on sc.course_id = s.course_id
    ),
    scores as (
      select course_id, k, 'pain' as measure, pain as score from numbered where pain is not null
      union all select course_id, k, 'mobility', mobility from numbered where mobility is not null
      union all select course_id, k, 'sleep', sleep from numbered where sleep is not null
    ),
    ranked as (
      select course_id, measure, k, score,
             row_number() over (partition by course_id, measure order by k) as r_first,
             row_number() over (partition by course_id, measure order by k desc) as r_last
      from scores
    ),
    changes as (
      select course_id, measure, count(*) as n,
             max(case when r_first = 1 then k end) as baseline_k,
             max(case when r_last = 1 then k end) as latest_k,
             max(case when r_first = 1 then score end) as baseline,
             max(case when r_last = 1 then score end) as latest
      from ranked
      group by course_id, measure
    ),
    first_response as (
      select nb.course_id, min(nb.k) as k
      from numbered nb
      join changes ch on ch.course_id = nb.course_id and ch.measure = 'pain'
      where nb.pain is not null and nb.k > ch.baseline_k and ${responderRule(sql`ch.baseline`, sql`nb.pain`, settings)}
      group by nb.course_id
    ),
    course_facts as (
      select sc.course_id, sc.patient_id, sc.condition, sc.specialist_id, sc.status,
             (select count(*) from numbered nb where nb.course_id = sc.course_id) as sessions,
             ch.baseline as baseline_pain, ch.latest_k as last_pain_k,
             case when ch.n >= 2 then ch.latest - ch.baseline end as pain_change,
             case when ch.n >= 2 then
               case when ${responderRule(sql`ch.baseline`, sql`ch.latest`, settings)} then 1 else 0 end
             end as responder,
             fr.k as sessions_to_response
      from scoped sc
      left join changes ch on ch.course_id = sc.course_id and ch.measure = 'pain'
      left join first_response fr on fr.course_id = sc.course_id
    )
  `;
}

/**
 * Median of `value` per `grp` from a CTE/subquery `source(grp, value)`, using window functions only
 * (portable to PostgreSQL). Rows with a null value are ignored.
 */
export function groupedMedian(source: SQL): SQL {
  return sql`
    select grp, avg(value * 1.0) as median
    from (
      select grp, value,
             row_number() over (partition by grp order by value) as rn,
             count(*) over (partition by grp) as cnt
      from (${source}) src
      where value is not null
    ) o
    where rn in ((cnt + 1) / 2, (cnt + 2) / 2)
    group by grp
  `;
}
