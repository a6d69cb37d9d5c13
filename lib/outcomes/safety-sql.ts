import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { periodCondition } from './cohort-sql';
import type { OutcomeFilters } from './filters';

/**
 * Whole days from onset to resolution (null while ongoing). The one dialect-specific expression here (SQLite
 * `julianday`; a date difference on PostgreSQL).
 */
const DAYS_TO_RESOLUTION = sql`cast(julianday(a.resolution_date) - julianday(a.onset_date) as integer)`;

/**
 * The sessions of the cohort courses (`oc_facts` of `withCohort`) inside the date range, with the course's region:
 * `course_id`, `injections`, `adverse` (events attributed to it), `region`. Reads `outcome_session_facts` by its
 * primary key (course, k).
 */
export function periodSessions(filters: OutcomeFilters): SQL {
  return sql`(select sf.course_id, sf.injections, sf.adverse, c.region
              from oc_facts cf
              join outcome_session_facts sf on sf.course_id = cf.course_id
              join courses c on c.id = cf.course_id
              where ${periodCondition(filters, sql`sf.session_date`)})`;
}

/**
 * The adverse events attributed to a session of a cohort course inside the date range, with that session's facts:
 * every column of `adverse_events a`, and `k`, `session_date`, `injections`, `patient_id`, `specialist_id`, `region`,
 * `start_date`, `condition`, `days_to_resolution`. Driven by the events (few) rather than the sessions (many).
 */
export function periodEvents(filters: OutcomeFilters): SQL {
  return sql`(select a.*, sf.k, sf.session_date, sf.injections, cf.patient_id, cf.specialist_id, c.region, c.start_date, c.condition,
                     ${DAYS_TO_RESOLUTION} as days_to_resolution
              from adverse_events a
              join oc_facts cf on cf.course_id = a.course_id
              join outcome_session_facts sf on sf.course_id = a.course_id and sf.session_id = a.session_id
              join courses c on c.id = a.course_id
              where ${periodCondition(filters, sql`sf.session_date`)})`;
}
