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
 * The outcome cohort, the one definition behind the outcomes page and the exports, as a temporary table built in one
 * statement from the outcome facts maintained with every session write (lib/outcomes/facts.ts) instead of a scan of
 * every session. `oc_facts` holds one row per course in scope with a session in the date range (any session without
 * one), so a course not yet started is not counted: sessions, last session date, interval, first/latest score and count per
 * measure, pain change, whether the baseline pain is assessable, responder (null when not assessable: no later pain
 * score or a baseline below the setting), sessions to response (from the course's new pain lows, so the thresholds of
 * `settings` apply at read time), the sessions, injections and adverse events in the period, and the primary outcome.
 * Per-session figures (the series by session number, the sessions export) join `outcome_session_facts` on `oc_facts`.
 */
function buildStatements(actor: Actor, filters: OutcomeFilters, settings: OutcomeSettings): SQL[] {
  const ranged = Boolean(filters.from || filters.to);
  // Sessions, injections and adverse events inside the period: the course totals, or the range read by date (a course
  // without a session in the range has no row there, and is not in the cohort).
  const period = ranged
    ? {
        join: sql`join (select course_id, count(*) as sessions, sum(injections) as injections, sum(adverse) as adverse
                  from outcome_session_facts where ${periodCondition(filters, sql`session_date`)} group by course_id) p
                  on p.course_id = c.id`,
        sessions: sql`p.sessions`,
        injections: sql`p.injections`,
        adverse: sql`p.adverse`,
      }
    : { join: sql``, sessions: sql`f.sessions`, injections: sql`f.injections`, adverse: sql`f.adverse_sessions` };
  const firstResponse = sql`(select min(l.k) from outcome_pain_lows l
    where l.course_id = f.course_id and ${responderRule(sql`f.pain0`, sql`l.pain`, settings)})`;
  const primary = primaryColumns();
  const assessed = (rule: SQL) =>
    sql`case when x.assessable_baseline = 1 and x.primary_pain is not null then case when ${rule} then 1 else 0 end end`;
  return [
    sql`create temp table oc_facts (course_id integer primary key, patient_id integer, condition text,
        specialist_id integer, status text, sessions integer, last_date text, interval_weeks integer,
        pain_n integer, pain_k1 integer, pain0 integer, pain1 integer,
        mobility_n integer, mobility0 integer, mobility1 integer, sleep_n integer, sleep0 integer, sleep1 integer,
        pain_change integer, assessable_baseline integer, responder integer, sessions_to_response integer,
        period_sessions integer, period_injections integer, period_adverse integer,
        primary_source text, primary_pain integer, primary_responder integer, primary_substantial integer)`,
    // The inner select is fenced (`offset 0`) so that the primary pain is computed once per course, not again in
    // every use of it by the rules outside.
    sql`insert into oc_facts
        select x.*, ${assessed(responderRule(sql`x.pain0`, sql`x.primary_pain`, settings))},
               ${assessed(substantialRule(sql`x.pain0`, sql`x.primary_pain`, settings))}
        from (
          select c.id, c.patient_id, c.condition, c.specialist_id, c.status, f.sessions, f.last_date, c.interval_weeks,
                 f.pain_n, f.pain_k1, f.pain0, f.pain1, f.mobility_n, f.mobility0, f.mobility1, f.sleep_n, f.sleep0, f.sleep1,
                 case when f.pain_n >= 2 then f.pain1 - f.pain0 end,
                 case when ${assessableBaseline(sql`f.pain0`, settings)} then 1 else 0 end as assessable_baseline,
                 case when f.pain_n >= 2 and ${assessableBaseline(sql`f.pain0`, settings)} then case when ${responderRule(sql`f.pain0`, sql`f.pain1`, settings)} then 1 else 0 end end,
                 ${firstResponse},
                 ${period.sessions}, ${period.injections}, ${period.adverse},
                 ${primary.source}, ${primary.pain} as primary_pain
          from courses c
          join outcome_course_facts f on f.course_id = c.id
          ${period.join}
          where ${courseWhere(actor, filters)}
          limit -1 offset 0
        ) x`,
  ];
}

/**
 * The primary outcome of each cohort course: the pain at the primary follow-up when answered, else the latest pain
 * score (an answered follow-up on or after the last session's pain score, else that session), with the responder rule
 * and the substantial rule applied to it. `primary_source` is the follow-up's time point code, or `session`. Columns
 * of the insert above (`c` courses, `f` outcome_course_facts, which keeps each course's candidate follow-up: the
 * answered one at the primary time point, else the latest).
 */
function primaryColumns() {
  // The date of the latest pain score: the last session's when it has one (the common case, no lookup).
  const lastPainDate = sql`case when f.pain_k1 = f.sessions then f.last_date
    else (select s.session_date from outcome_session_facts s where s.course_id = f.course_id and s.k = f.pain_k1) end`;
  const atFollowUp = sql`(f.follow_up_point is not null and (f.follow_up_point = ${PRIMARY_TIME_POINT} or f.pain_n < 2 or f.follow_up_date >= ${lastPainDate}))`;
  return {
    source: sql`case when ${atFollowUp} then f.follow_up_point when f.pain_n >= 2 then 'session' end`,
    pain: sql`case when ${atFollowUp} then f.follow_up_pain when f.pain_n >= 2 then f.pain1 end`,
  };
}

const DROP = [sql`drop table if exists temp.oc_facts`];

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
