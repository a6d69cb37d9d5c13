// One hand-written query giving the outcomes headline figures for the whole clinic (a manager, no filters):
// the baseline the outcomes data layer (lib/outcomes/summary.ts) is compared with.
import type Database from 'better-sqlite3';
import { OUTCOME_SETTINGS } from '../lib/domain/settings';
import { overdueCutoff } from '../lib/domain/outcome-rules';

const OUTCOMES_SQL = `
  with numbered as materialized (
    select s.course_id, s.pain, s.mobility, s.sleep,
           row_number() over (partition by s.course_id order by s.session_date, s.id) as k
    from treatment_sessions s
  ),
  firsts as materialized (
    select course_id, count(pain) as pain_n, count(mobility) as mob_n, count(sleep) as sleep_n,
           min(case when pain is not null then k end) as pain_k0, max(case when pain is not null then k end) as pain_k1,
           min(case when mobility is not null then k end) as mob_k0, max(case when mobility is not null then k end) as mob_k1,
           min(case when sleep is not null then k end) as sleep_k0, max(case when sleep is not null then k end) as sleep_k1
    from numbered group by course_id
  ),
  ends as materialized (
    select f.course_id, f.pain_n, f.mob_n, f.sleep_n, f.pain_k0,
           max(case when nb.k = f.pain_k0 then nb.pain end) as pain0, max(case when nb.k = f.pain_k1 then nb.pain end) as pain1,
           max(case when nb.k = f.mob_k0 then nb.mobility end) as mob0, max(case when nb.k = f.mob_k1 then nb.mobility end) as mob1,
           max(case when nb.k = f.sleep_k0 then nb.sleep end) as sleep0, max(case when nb.k = f.sleep_k1 then nb.sleep end) as sleep1
    from firsts f join numbered nb on nb.course_id = f.course_id
    group by f.course_id
  ),
  first_response as (
    select nb.course_id, min(nb.k) as k
    from numbered nb join ends e on e.course_id = nb.course_id
    where nb.pain is not null and nb.k > e.pain_k0
      and e.pain0 >= :minBaseline and e.pain0 - nb.pain >= :abs and e.pain0 - nb.pain >= :rel * e.pain0 - 1e-9
    group by nb.course_id
  ),
  facts as materialized (
    select c.id, c.patient_id, c.status, e.pain_n as n, e.pain0 as baseline, e.pain1 as latest, fr.k as to_response
    from courses c
    join ends e on e.course_id = c.id
    left join first_response fr on fr.course_id = c.id
  ),
  ordered as (
    select to_response as v, row_number() over (order by to_response) as rn, count(*) over () as cnt
    from facts where to_response is not null
  ),
  last_session as (
    select s.course_id, max(s.session_date) as last_date from treatment_sessions s
    join courses c on c.id = s.course_id where c.status = 'active' group by s.course_id
  )
  select
    (select count(distinct patient_id) from facts) as patients,
    (select count(*) from facts) as courses,
    (select count(*) from facts where status = 'active') as activeCourses,
    (select count(*) from facts where status = 'completed') as completed,
    (select count(*) from facts where status = 'discontinued') as discontinued,
    (select count(*) from facts where n >= 2 and baseline >= :minBaseline and baseline - latest >= :abs
       and baseline - latest >= :rel * baseline - 1e-9) as responders,
    (select count(*) from facts where n >= 2 and baseline >= :minBaseline) as assessable,
    (select count(to_response) from facts) as respondedCourses,
    (select count(*) from treatment_sessions) as sessions,
    (select coalesce(sum(injection_count), 0) from injections) as injections,
    (select count(*) from adverse_events) as adverseEvents,
    (select avg(v * 1.0) from ordered where rn in ((cnt + 1) / 2, (cnt + 2) / 2)) as medianSessionsToResponse,
    (select avg(pain1 - pain0) from ends where pain_n >= 2) as painChange,
    (select avg(mob1 - mob0) from ends where mob_n >= 2) as mobilityChange,
    (select avg(sleep1 - sleep0) from ends where sleep_n >= 2) as sleepChange,
    (select count(*) from last_session l join courses c on c.id = l.course_id
       where date(l.last_date, '+' || (c.interval_weeks * 7) || ' days') < :cutoff) as overdue`;

export interface OutcomeFigures {
  patients: number;
  courses: number;
  completed: number;
  injections: number;
  adverseEvents: number;
  sessions: number;
  responders: number;
  assessable: number;
  medianSessionsToResponse: number | null;
  overdue: number;
  painChange: number | null;
}

export function outcomesByHand(sqlite: Database.Database, today: string): OutcomeFigures {
  return sqlite.prepare(OUTCOMES_SQL).get({
    abs: OUTCOME_SETTINGS.responderAbsoluteReduction,
    rel: OUTCOME_SETTINGS.responderRelativeReduction,
    minBaseline: OUTCOME_SETTINGS.responderMinBaseline,
    cutoff: overdueCutoff(today, OUTCOME_SETTINGS),
  }) as OutcomeFigures;
}

// The same figures by hand from the per-course facts the app maintains with every session write
// (outcome_course_facts, outcome_pain_lows): the like-for-like baseline for the data layer, which reads them too.
const OUTCOMES_FROM_FACTS_SQL = `
  with facts as materialized (
    select c.id, c.patient_id, c.status, c.interval_weeks, f.*,
           (select min(l.k) from outcome_pain_lows l where l.course_id = c.id and f.pain0 >= :minBaseline
              and f.pain0 - l.pain >= :abs and f.pain0 - l.pain >= :rel * f.pain0 - 1e-9) as to_response
    from courses c join outcome_course_facts f on f.course_id = c.id
  ),
  ordered as (
    select to_response as v, row_number() over (order by to_response) as rn, count(*) over () as cnt
    from facts where to_response is not null
  )
  select
    (select count(distinct patient_id) from facts) as patients,
    (select count(*) from facts) as courses,
    (select count(*) from facts where status = 'active') as activeCourses,
    (select count(*) from facts where status = 'completed') as completed,
    (select count(*) from facts where status = 'discontinued') as discontinued,
    (select count(to_response) from facts) as respondedCourses,
    (select coalesce(sum(injections), 0) from facts) as injections,
    (select coalesce(sum(adverse_sessions), 0) from facts) as adverseEvents,
    (select avg(mobility1 - mobility0) from facts where mobility_n >= 2) as mobilityChange,
    (select avg(sleep1 - sleep0) from facts where sleep_n >= 2) as sleepChange,
    (select count(*) from facts where pain_n >= 2 and pain0 >= :minBaseline and pain0 - pain1 >= :abs
       and pain0 - pain1 >= :rel * pain0 - 1e-9) as responders,
    (select count(*) from facts where pain_n >= 2 and pain0 >= :minBaseline) as assessable,
    (select sum(sessions) from facts) as sessions,
    (select avg(v * 1.0) from ordered where rn in ((cnt + 1) / 2, (cnt + 2) / 2)) as medianSessionsToResponse,
    (select avg(pain1 - pain0) from facts where pain_n >= 2) as painChange,
    (select count(*) from facts where status = 'active'
       and date(last_date, '+' || (interval_weeks * 7) || ' days') < :cutoff) as overdue`;

export function outcomesFromFactsByHand(sqlite: Database.Database, today: string): OutcomeFigures {
  return sqlite.prepare(OUTCOMES_FROM_FACTS_SQL).get({
    abs: OUTCOME_SETTINGS.responderAbsoluteReduction,
    rel: OUTCOME_SETTINGS.responderRelativeReduction,
    minBaseline: OUTCOME_SETTINGS.responderMinBaseline,
    cutoff: overdueCutoff(today, OUTCOME_SETTINGS),
  }) as OutcomeFigures;
}
