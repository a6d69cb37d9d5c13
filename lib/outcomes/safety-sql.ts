import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { periodCondition } from './cohort-sql';
import type { OutcomeFilters } from './filters';

/**
 * The sessions of the cohort courses (`oc_facts` of `withCohort`) inside the date range, with the course's region:
 * `session_id`, `course_id`, `patient_id`, `specialist_id`, `k`, `session_date`, `injections`, `adverse` (events
 * attributed to it), `region`. Reads `outcome_session_facts` by its primary key (course, k).
 */
export function periodSessions(filters: OutcomeFilters): SQL {
  return sql`(select sf.session_id, sf.course_id, cf.patient_id, cf.specialist_id, sf.k, sf.session_date, sf.injections,
                     sf.adverse, c.region
              from oc_facts cf
              join outcome_session_facts sf on sf.course_id = cf.course_id
              join courses c on c.id = cf.course_id
              where ${periodCondition(filters, sql`sf.session_date`)})`;
}

/**
 * Whole days from onset to resolution (null while ongoing). The one dialect-specific expression here (SQLite
 * `julianday`; a date difference on PostgreSQL).
 */
export const DAYS_TO_RESOLUTION = sql`cast(julianday(a.resolution_date) - julianday(a.onset_date) as integer)`;
