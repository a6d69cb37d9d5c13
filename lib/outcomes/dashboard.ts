import 'server-only';
import { requireActor } from '@/lib/auth/actor';
import { todayIso } from '@/lib/domain/dates';
import { withCohort } from './cohort-table';
import { overdueCount } from './overdue';
import { outcomeFiltersSchema, type OutcomeFilters } from './filters';
import { readSummary, type OutcomeSummary } from './summary';
import { readGroups, type OutcomeGroup } from './groups';
import { readSessionSeries, readTimeToResponse, type SessionPoint } from './series';
import type { CurvePoint } from './stats';
import { readFollowUpFigures, type TimePointFigures } from './follow-up-figures';
import { readWeekSeries, type WeekSeries } from './week-series';
import { getSettings } from '@/lib/settings';
import { cachedOutcomeFigures } from './dashboard-cache';

interface OutcomeDashboard {
  summary: OutcomeSummary;
  series: SessionPoint[];
  curve: CurvePoint[];
  followUps: TimePointFigures[];
  weeks: WeekSeries;
  byCondition: OutcomeGroup[];
  /** Empty for a specialist, who sees only their own courses. */
  bySpecialist: OutcomeGroup[];
}

/** Everything the outcomes page shows, from one computation of the cohort (the same figures as the single getters). */
export async function getOutcomeDashboard(input: OutcomeFilters, today: string = todayIso()): Promise<OutcomeDashboard> {
  const actor = await requireActor();
  const filters = outcomeFiltersSchema.parse(input);
  const settings = getSettings();
  // A specialist's figures are their own courses'; everyone else's are the clinic's.
  const scope = actor.role === 'specialist' ? `specialist:${actor.id}` : 'clinic';
  const key = JSON.stringify([scope, filters, today, settings]);
  return cachedOutcomeFigures(key, () =>
    withCohort(actor, filters, (db) => ({
      summary: readSummary(db, overdueCount(actor, filters, today)),
      series: readSessionSeries(db),
      curve: readTimeToResponse(db),
      followUps: readFollowUpFigures(db, today, settings),
      weeks: readWeekSeries(db),
      byCondition: readGroups(db, 'condition'),
      bySpecialist: actor.role === 'specialist' ? [] : readGroups(db, 'specialist'),
    })),
  );
}
