import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import type { Actor } from '@/lib/auth/actor';
import type { OutcomeSettings } from '@/lib/domain/settings';
import { getSettings } from '@/lib/settings';
import { PRIMARY_TIME_POINT } from '@/lib/domain/follow-up-schedule';
import { assessableBaseline, courseWhere, periodCondition, responderRule, substantialRule } from './cohort-sql';
import type { OutcomeFilters } from './filters';

/**
 * The outcome cohort, the one definition behind the outcomes page and the exports, as temporary tables read from
 * the outcome facts maintained with every session write (lib/outcomes/facts.ts) instead of a scan of every session:
 * - `oc_course`: the courses in scope with a session in the date range (any session without one), so a course not
 *   yet started is not counted;
 * - `oc_facts`: one row per such course: sessions, last session date, first/latest score and count per measure,
 *   pain change, whether the baseline pain is assessable, responder (null when not assessable: no later pain score or a baseline below the setting), sessions to response (from the course's new pain lows, so
 *   the thresholds of `settings` apply at read time), and the sessions, injections and adverse events in the period.
 * Per-session figures (the series by session number, the sessions export) join `outcome_session_facts` on `oc_facts`.
 */
function buildStatements(actor: Actor, filters: OutcomeFilters, settings: OutcomeSettings): SQL[] {
  const ranged = Boolean(filters.from || filters.to);
  const treated = ranged
    ? sql`exists (select 1 from treatment_sessions r where r.course_id = c.id and ${periodCondition(filters, sql`r.session_date`)})`
    : sql`exists (select 1 from outcome_course_facts r where r.course_id = c.id)`;
  // Sessions, injections and adverse events inside the period: the course totals, or the range read by date.
  const period = ranged
    ? sql`(select course_id, count(*) as sessions, sum(injections) as injections, sum(adverse) as adverse
           from outcome_session_facts where ${periodCondition(filters, sql`session_date`)} group by course_id)`
    : sql`(select course_id, sessions, injections, adverse_sessions as adverse from outcome_course_facts)`;
  const firstResponse = sql`(select min(l.k) from outcome_pain_lows l
    where l.course_id = f.course_id and ${responderRule(sql`f.pain0`, sql`l.pain`, settings)})`;
  return [
    sql`create temp table oc_course (course_id integer primary key, patient_id integer, condition text, specialist_id integer, status text)`,
    sql`insert into oc_course
        select c.id, c.patient_id, c.condition, c.specialist_id, c.status from courses c
        where ${courseWhere(actor, filters)} and ${treated}`,
    sql`create temp table oc_facts (course_id integer primary key, patient_id integer, condition text,
        specialist_id integer, status text, sessions integer, last_date text,
        pain_n integer, pain_k0 integer, pain_k1 integer, pain0 integer, pain1 integer,
        mobility_n integer, mobility_k0 integer, mobility_k1 integer, mobility0 integer, mobility1 integer,
        sleep_n integer, sleep_k0 integer, sleep_k1 integer, sleep0 integer, sleep1 integer,
        pain_change integer, assessable_baseline integer, responder integer, sessions_to_response integer,
        period_sessions integer, period_injections integer, period_adverse integer,
        primary_source text, primary_pain integer, primary_responder integer, primary_substantial integer)`,
    sql`insert into oc_facts
        select c.course_id, c.patient_id, c.condition, c.specialist_id, c.status, f.sessions, f.last_date,
               f.pain_n, f.pain_k0, f.pain_k1, f.pain0, f.pain1,
               f.mobility_n, f.mobility_k0, f.mobility_k1, f.mobility0, f.mobility1,
               f.sleep_n, f.sleep_k0, f.sleep_k1, f.sleep0, f.sleep1,
               case when f.pain_n >= 2 then f.pain1 - f.pain0 end,
               case when ${assessableBaseline(sql`f.pain0`, settings)} then 1 else 0 end,
               case when f.pain_n >= 2 and ${assessableBaseline(sql`f.pain0`, settings)} then case when ${responderRule(sql`f.pain0`, sql`f.pain1`, settings)} then 1 else 0 end end,
               ${firstResponse},
               coalesce(p.sessions, 0), coalesce(p.injections, 0), coalesce(p.adverse, 0),
               null, null, null, null
        from oc_course c
        join outcome_course_facts f on f.course_id = c.course_id
        left join ${period} p on p.course_id = c.course_id`,
    ...primaryStatements(settings),
  ];
}

/**
 * The primary outcome of each cohort course: the pain at the primary follow-up when answered, else the latest pain
 * score (an answered follow-up on or after the last session's pain score, else that session), with the responder rule
 * and the substantial rule applied to it. `primary_source` is the follow-up's time point code, or `session`.
 */
function primaryStatements(settings: OutcomeSettings): SQL[] {
  const answered = sql`u.course_id = oc_facts.course_id and u.answered_at is not null`;
  const lastPainDate = sql`(select s.session_date from outcome_session_facts s where s.course_id = oc_facts.course_id and s.k = oc_facts.pain_k1)`;
  const assessed = (rule: SQL) => sql`case when assessable_baseline = 1 and primary_pain is not null then case when ${rule} then 1 else 0 end end`;
  return [
    sql`update oc_facts set primary_source = coalesce(
          (select u.time_point from follow_ups u where ${answered} and u.time_point = ${PRIMARY_TIME_POINT}),
          (select u.time_point from follow_ups u
           where ${answered} and (oc_facts.pain_n < 2 or substr(u.answered_at, 1, 10) >= ${lastPainDate})
           order by u.answered_at desc limit 1),
          case when oc_facts.pain_n >= 2 then 'session' end)`,
    sql`update oc_facts set primary_pain = case when primary_source = 'session' then pain1
          else (select u.pain from follow_ups u where u.course_id = oc_facts.course_id and u.time_point = oc_facts.primary_source) end`,
    sql`update oc_facts set primary_responder = ${assessed(responderRule(sql`pain0`, sql`primary_pain`, settings))},
          primary_substantial = ${assessed(substantialRule(sql`pain0`, sql`primary_pain`, settings))}`,
  ];
}

const DROP = [sql`drop table if exists temp.oc_facts`, sql`drop table if exists temp.oc_course`];

/**
 * Builds the cohort tables for `actor` and `filters`, runs `read` on them and drops them. Synchronous on the one
 * connection, so no other request can see or replace the tables in between.
 */
export function withCohort<T>(actor: Actor, filters: OutcomeFilters, read: (db: Db) => T, settings: OutcomeSettings = getSettings()): T {
  const db = getDb();
  for (const statement of DROP) db.run(statement);
  try {
    for (const statement of buildStatements(actor, filters, settings)) db.run(statement);
    return read(db);
  } finally {
    for (const statement of DROP) db.run(statement);
  }
}
