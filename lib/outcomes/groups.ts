import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { getSettings } from '@/lib/settings';
import { conditionLabel } from '@/lib/domain/conditions';
import { groupedMedian } from './cohort-sql';
import { ratio } from './stats';
import { primaryCountColumns, type PrimaryCounts } from './primary';

type GroupBy = 'condition' | 'specialist';

export interface OutcomeGroup {
  key: string;
  label: string;
  courses: number;
  /** Responders at the primary time point, intention to treat, as the headline (lib/outcomes/primary.ts). */
  responders: number;
  /** Finished courses with an assessable baseline: the intention-to-treat denominator. */
  assessable: number;
  responderRate: number | null;
  meanPainChange: number | null;
  painChangeN: number;
  respondedCourses: number;
  medianSessionsToResponse: number | null;
  discontinued: number;
  discontinuationRate: number | null;
  /** Fewer courses than the minGroupSize setting: too small to judge. */
  small: boolean;
}

interface RawGroup extends PrimaryCounts {
  grp: string | number;
  courses: number;
  meanPainChange: number | null;
  painChangeN: number;
  responded: number;
  discontinued: number | null;
  median: number | null;
  specialistName: string | null;
}

/**
 * Outcome table rows by condition or by specialist from the cohort tables built by `withCohort`, largest first. The
 * responder rate is the headline's primary one (primary time point, intention to treat), per group.
 */
export function readGroups(db: Db, by: GroupBy): OutcomeGroup[] {
  const key = by === 'condition' ? sql`cf.condition` : sql`cf.specialist_id`;
  const medianSource = sql`select ${key} as grp, cf.sessions_to_response as value from oc_facts cf`;
  const rows = db.all<RawGroup>(sql`
    select ${key} as "grp",
           count(*) as "courses",
           avg(cf.pain_change) as "meanPainChange",
           count(cf.pain_change) as "painChangeN",
           count(cf.sessions_to_response) as "responded",
           sum(case when cf.status = 'discontinued' then 1 else 0 end) as "discontinued",
           max(m.median) as "median",
           max(u.name) as "specialistName",
           ${primaryCountColumns()}
    from oc_facts cf
    left join (${groupedMedian(medianSource)}) m on m.grp = ${key}
    left join users u on u.id = cf.specialist_id
    group by ${key}
    order by count(*) desc, ${key}
  `);
  // The median and the user joins give one row per group, so the counts are over the group's courses.
  return rows.map((r) => {
    const { responders, ittN: assessable } = r;
    return {
      key: String(r.grp),
      label: by === 'condition' ? conditionLabel(String(r.grp)) : (r.specialistName ?? `Specialist ${r.grp}`),
      courses: r.courses,
      responders,
      assessable,
      responderRate: ratio(responders, assessable),
      meanPainChange: r.meanPainChange,
      painChangeN: r.painChangeN,
      respondedCourses: r.responded,
      medianSessionsToResponse: r.median,
      discontinued: r.discontinued ?? 0,
      discontinuationRate: ratio(r.discontinued ?? 0, r.courses),
      small: r.courses < getSettings().minGroupSize,
    };
  });
}
