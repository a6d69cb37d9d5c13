import { sql, type SQL } from 'drizzle-orm';
import { MEASURES, type Measure } from '../domain/outcome-rules';

type Scope = (column: string) => SQL;

// Scores are 0–10, so `k * 16 + score` orders by session number and keeps the score: min/max of it give the
// first/last recorded score and its session number in one grouping pass.
function measureColumns(m: Measure): string {
  const packed = `case when ${m} is not null then k * 16 + ${m} end`;
  return `count(${m}), min(${packed}) / 16, max(${packed}) / 16, min(${packed}) % 16, max(${packed}) % 16`;
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
  ];
}
