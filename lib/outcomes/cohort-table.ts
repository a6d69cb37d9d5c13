import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import type { Actor } from '@/lib/session';
import { OUTCOME_SETTINGS, type OutcomeSettings } from '@/lib/outcome-settings';
import { courseWhere, responderRule } from './cohort-sql';
import type { OutcomeFilters } from './filters';

/**
 * The outcome cohort computed once into temporary tables, for several aggregate queries in a row (same meaning
 * as `cohortCtes`):
 * - `oc_session`: every session of the courses in scope with a session in the date range (any date without one),
 *   with its session number `k`, `in_period` flag, injection total and adverse flag;
 * - `oc_facts`: one row per such course: sessions, first/latest score and count per measure, pain change,
 *   responder (null when not assessable) and sessions to response.
 * The scan of sessions in course order reads only `sessions_course_order_idx` (no sort, no table lookups).
 */
function buildStatements(actor: Actor, filters: OutcomeFilters, settings: OutcomeSettings): SQL[] {
  const inPeriod = (column: SQL): SQL => {
    const parts: SQL[] = [sql`1 = 1`];
    if (filters.from) parts.push(sql`${column} >= ${filters.from}`);
    if (filters.to) parts.push(sql`${column} <= ${filters.to}`);
    return sql.join(parts, sql` and `);
  };
  // Scores are 0–10, so `k * 16 + score` orders by session number and keeps the score: min/max of it give the
  // first/latest score and its session in the same grouping pass as the counts (no lookup per course).
  const ends = (m: 'pain' | 'mobility' | 'sleep') => {
    const packed = `case when ${m} is not null then k * 16 + ${m} end`;
    return sql.raw(`count(${m}) as ${m}_n, min(${packed}) / 16 as ${m}_k0, max(${packed}) / 16 as ${m}_k1, ` +
      `min(${packed}) % 16 as ${m}0, max(${packed}) % 16 as ${m}1`);
  };
  return [
    sql`create temp table oc_course (course_id integer primary key, patient_id integer, condition text, specialist_id integer, status text)`,
    sql`insert into oc_course
        select c.id, c.patient_id, c.condition, c.specialist_id, c.status from courses c
        where ${courseWhere(actor, filters)}
          and exists (select 1 from treatment_sessions r where r.course_id = c.id and ${inPeriod(sql`r.session_date`)})`,
    sql`create temp table oc_session (course_id integer, k integer, pain integer, mobility integer, sleep integer,
        injections integer, in_period integer, adverse integer, primary key (course_id, k))`,
    sql`insert into oc_session
        select s.course_id, row_number() over (partition by s.course_id order by s.session_date, s.id),
               s.pain, s.mobility, s.sleep,
               coalesce((select sum(i.injection_count) from injections i where i.session_id = s.id), 0),
               case when ${inPeriod(sql`s.session_date`)} then 1 else 0 end,
               case when s.adverse_event <> 'none' then 1 else 0 end
        from treatment_sessions s
        where s.course_id in (select course_id from oc_course)`,
    sql`create temp table oc_facts (course_id integer primary key, patient_id integer, condition text,
        specialist_id integer, status text, sessions integer,
        pain_n integer, pain_k0 integer, pain_k1 integer, pain0 integer, pain1 integer,
        mobility_n integer, mobility_k0 integer, mobility_k1 integer, mobility0 integer, mobility1 integer,
        sleep_n integer, sleep_k0 integer, sleep_k1 integer, sleep0 integer, sleep1 integer,
        pain_change integer, responder integer, sessions_to_response integer)`,
    sql`insert into oc_facts (course_id, patient_id, condition, specialist_id, status, sessions,
          pain_n, pain_k0, pain_k1, pain0, pain1, mobility_n, mobility_k0, mobility_k1, mobility0, mobility1,
          sleep_n, sleep_k0, sleep_k1, sleep0, sleep1)
        select c.course_id, c.patient_id, c.condition, c.specialist_id, c.status, e.sessions,
               e.pain_n, e.pain_k0, e.pain_k1, e.pain0, e.pain1,
               e.mobility_n, e.mobility_k0, e.mobility_k1, e.mobility0, e.mobility1,
               e.sleep_n, e.sleep_k0, e.sleep_k1, e.sleep0, e.sleep1
        from oc_course c
        join (
          select course_id, count(*) as sessions, ${ends('pain')}, ${ends('mobility')}, ${ends('sleep')}
          from oc_session group by course_id
        ) e on e.course_id = c.course_id`,
    sql`update oc_facts set
          pain_change = case when pain_n >= 2 then pain1 - pain0 end,
          responder = case when pain_n >= 2 then case when ${responderRule(sql`pain0`, sql`pain1`, settings)} then 1 else 0 end end,
          sessions_to_response = (
            select min(o.k) from oc_session o
            where o.course_id = oc_facts.course_id and o.k > oc_facts.pain_k0 and o.pain is not null
              and ${responderRule(sql`oc_facts.pain0`, sql`o.pain`, settings)}
          )`,
  ];
}

const DROP = [sql`drop table if exists temp.oc_facts`, sql`drop table if exists temp.oc_session`, sql`drop table if exists temp.oc_course`];

/**
 * Builds the cohort tables for `actor` and `filters`, runs `read` on them and drops them. Synchronous on the one
 * connection, so no other request can see or replace the tables in between.
 */
export function withCohort<T>(actor: Actor, filters: OutcomeFilters, read: (db: Db) => T, settings: OutcomeSettings = OUTCOME_SETTINGS): T {
  const db = getDb();
  for (const statement of DROP) db.run(statement);
  try {
    for (const statement of buildStatements(actor, filters, settings)) db.run(statement);
    return read(db);
  } finally {
    for (const statement of DROP) db.run(statement);
  }
}
