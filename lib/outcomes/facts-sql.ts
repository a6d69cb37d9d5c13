import { sql, type SQL } from 'drizzle-orm';
import { MEASURES, type Measure } from '../domain/outcome-rules';
import { PRIMARY_TIME_POINT } from '../domain/follow-up-schedule';

type Scope = (column: string) => SQL;

// Scores are 0–10, so `k * 16 + score` orders by session number and keeps the score: min/max of it give the
// first/last recorded score and its session number in one grouping pass.
function measureColumns(m: Measure): string {
  const packed = `case when ${m} is not null then k * 16 + ${m} end`;
  return `count(${m}), min(${packed}) / 16, max(${packed}) / 16, min(${packed}) % 16, max(${packed}) % 16`;
}

/**
 * The candidate follow-up columns of `outcome_course_facts` for the course `courseId` (an SQL expression): the answered
 * follow-up at the primary time point, else the latest answered one (ties: the later row). The triggers on follow_ups
 * (db/migrations, course_facts_follow_up_triggers) run the same update on every change of a follow-up, so the columns follow answers given between
 * session writes.
 */
export function followUpFactsUpdate(courseId: SQL): SQL {
  return sql`update outcome_course_facts set (follow_up_point, follow_up_date, follow_up_pain) = (
      select u.time_point, substr(u.answered_at, 1, 10), u.pain from follow_ups u
      where u.course_id = outcome_course_facts.course_id and u.answered_at is not null
      order by u.time_point = ${PRIMARY_TIME_POINT} desc, u.answered_at desc, u.id desc limit 1)
    where ${courseId}`;
}

/**
 * Statements that recompute the outcome facts (see the outcome_* tables in db/schema.ts) from the sessions, for one
 * course or for every course. Plain SQL with window functions, framework-free, so the seeder can run it too.
 */
export function factsStatements(courseId?: number): SQL[] {
  const scope: Scope = (column) => (courseId == null ? sql`1 = 1` : sql`${sql.raw(column)} = ${courseId}`);
  return [
    sql`delete from outcome_pain_lows where ${scope('course_id')}`,
    sql`delete from outcome_course_facts where ${scope('course_id')}`,
    sql`delete from outcome_session_facts where ${scope('course_id')}`,
    sql`insert into outcome_session_facts (course_id, k, session_id, session_date, pain, mobility, sleep, injections, adverse)
        select s.course_id, row_number() over (partition by s.course_id order by s.session_date, s.id),
               s.id, s.session_date, s.pain, s.mobility, s.sleep,
               coalesce((select sum(i.injection_count) from injections i where i.session_id = s.id), 0),
               (select count(*) from adverse_events a where a.session_id = s.id)
        from treatment_sessions s
        where ${scope('s.course_id')}`,
    sql`insert into outcome_course_facts (course_id, sessions, first_date, last_date, injections, adverse_sessions,
          pain_n, pain_k0, pain_k1, pain0, pain1, mobility_n, mobility_k0, mobility_k1, mobility0, mobility1,
          sleep_n, sleep_k0, sleep_k1, sleep0, sleep1)
        select course_id, count(*), min(session_date), max(session_date), sum(injections), sum(adverse),
               ${sql.raw(MEASURES.map(measureColumns).join(', '))}
        from outcome_session_facts
        where ${scope('course_id')}
        group by course_id`,
    // New lows of pain after the baseline, below it: no earlier session after the baseline had a pain as low.
    sql`insert into outcome_pain_lows (course_id, k, pain)
        select s.course_id, s.k, s.pain
        from outcome_session_facts s
        join outcome_course_facts f on f.course_id = s.course_id
        where ${scope('s.course_id')} and s.pain is not null and s.k > f.pain_k0 and s.pain < f.pain0
          and not exists (
            select 1 from outcome_session_facts e
            where e.course_id = s.course_id and e.k > f.pain_k0 and e.k < s.k and e.pain <= s.pain
          )`,
    followUpFactsUpdate(scope('course_id')),
  ];
}
