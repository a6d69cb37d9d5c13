import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { filtersToQuery, parseOutcomeFilters } from '@/lib/outcomes/filters';
import { describeFilters, describePeriod } from '@/lib/outcomes/describe-filters';
import { getOutcomeDashboard } from '@/lib/outcomes/dashboard';
import { getSpecialistOptions } from '@/lib/outcomes/options';
import { PageHeader } from '@/components/page-header';
import { FiltersForm } from '@/components/outcomes/filters-form';
import { HeadlineFigures } from '@/components/outcomes/headline-figures';
import { ScoreCharts } from '@/components/outcomes/score-charts';
import { ProgressCharts } from '@/components/outcomes/progress-charts';
import { ResponderSection } from '@/components/outcomes/responder-section';
import { GroupTable } from '@/components/outcomes/group-table';
import { ExportLinks } from '@/components/outcomes/export-links';
import { FollowUpSection } from '@/components/outcomes/follow-up-section';
import { WeekCurvesSection } from '@/components/outcomes/week-curves-section';
import { getSettings } from '@/lib/settings';

export const metadata: Metadata = { title: 'Outcomes' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function OutcomesPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageActor();
  const { filters, errors } = parseOutcomeFilters(await searchParams);
  const isSpecialist = actor.role === 'specialist';
  const [{ summary, series, curve, followUps, weeks, byCondition, bySpecialist }, specialists] = await Promise.all([
    getOutcomeDashboard(filters),
    getSpecialistOptions(),
  ]);
  const query = filtersToQuery(filters);
  const described = describeFilters(filters, specialists);
  const scope = isSpecialist ? 'Your courses only' : 'All courses in the clinic';

  return (
    <>
      <PageHeader
        title="Outcomes"
        subtitle={`${scope} · ${described}`}
        actions={isSpecialist ? undefined : <ExportLinks query={query} courses={summary.courses} minGroupSize={getSettings().minGroupSize} />}
      />
      <FiltersForm action="/outcomes" filters={filters} specialists={specialists} showSpecialist={!isSpecialist} />
      {errors.length > 0 && (
        <p className="form-error" role="alert">
          Some filters were ignored: {errors.join(' ')}
        </p>
      )}
      <HeadlineFigures
        s={summary}
        period={describePeriod(filters)}
        overdueHref={`/outcomes/overdue${query ? `?${query}` : ''}`}
        safetyHref={isSpecialist ? undefined : `/safety${query ? `?${query}` : ''}`}
      />
      {summary.courses === 0 ? (
        <div className="card empty">No courses match these filters. Widen the date range or clear a filter to see outcomes.</div>
      ) : (
        <div className="stack">
          <ScoreCharts series={series} />
          <ProgressCharts series={series} curve={curve} />
          <WeekCurvesSection weeks={weeks} minGroupSize={getSettings().minGroupSize} />
          <FollowUpSection points={followUps} settings={getSettings()} />
          <ResponderSection groups={byCondition} />
          {!isSpecialist && (
            <section aria-labelledby="by-specialist-title">
              <h2 id="by-specialist-title" className="section-title">
                By specialist
              </h2>
              <GroupTable caption="Outcomes by specialist" groupLabel="Specialist" rows={bySpecialist} testId="table-by-specialist" />
            </section>
          )}
        </div>
      )}
    </>
  );
}
