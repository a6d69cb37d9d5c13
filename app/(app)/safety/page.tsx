import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { filtersToQuery, parseOutcomeFilters } from '@/lib/outcomes/filters';
import { describeFilters, describePeriod } from '@/lib/outcomes/describe-filters';
import { getSafetyFigures } from '@/lib/outcomes/safety';
import { checkInRates } from '@/lib/outcomes/check-in-rates';
import { getCheckInFigures } from '@/lib/check-ins/stats';
import { getSpecialistOptions } from '@/lib/outcomes/options';
import { formatMedian, formatPer100, formatPer100Detail, plural } from '@/lib/outcomes/format';
import { getSettings } from '@/lib/settings';
import { PageHeader } from '@/components/page-header';
import { Figure } from '@/components/figure';
import { FiltersForm } from '@/components/outcomes/filters-form';
import { ExportLinks } from '@/components/outcomes/export-links';
import { SafetyRateTable } from '@/components/safety/safety-rate-table';
import { SeriousEventsTable } from '@/components/safety/serious-events-table';
import { ResolutionTable } from '@/components/safety/resolution-table';
import { CheckInFigures } from '@/components/safety/check-in-figures';

export const metadata: Metadata = { title: 'Safety' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SafetyPage({ searchParams }: { searchParams: Search }) {
  await requirePageActor(['manager', 'admin']);
  const { filters, errors } = parseOutcomeFilters(await searchParams);
  const [figures, checkIns, specialists] = await Promise.all([getSafetyFigures(filters), getCheckInFigures(filters), getSpecialistOptions()]);
  const { minGroupSize, checkInFromDays, checkInToDays } = getSettings();
  const query = filtersToQuery(filters);
  const { overall, serious, resolution } = figures;

  return (
    <>
      <PageHeader
        title="Safety"
        crumbs={[{ href: `/outcomes${query ? `?${query}` : ''}`, label: 'Outcomes' }, { label: 'Safety' }]}
        subtitle={`All courses in the clinic · ${describeFilters(filters, specialists)}`}
        actions={<ExportLinks query={query} courses={figures.courses} minGroupSize={minGroupSize} kinds={['adverse-events']} report={false} />}
      />
      <FiltersForm action="/safety" filters={filters} specialists={specialists} showSpecialist />
      {errors.length > 0 && (
        <p className="form-error" role="alert">
          Some filters were ignored: {errors.join(' ')}
        </p>
      )}
      <p className="muted small section-intro" data-testid="rate-definition">
        A rate here is the number of sessions with injections that had at least one adverse event (of that type or severity) per 100 sessions with
        injections, with its count, n and a Wilson 95 % interval. Events count by the session they are attributed to, in the period (
        {describePeriod(filters)}); regions are the course&apos;s body region. Rows resting on fewer than {plural(minGroupSize, 'course')} are marked
        too few to judge.
        {figures.eventsOutsideRates > 0 &&
          ` ${plural(figures.eventsOutsideRates, 'event')} attributed to sessions without injections ${figures.eventsOutsideRates === 1 ? 'is' : 'are'} listed and timed below but not in the rates.`}
      </p>
      <section aria-label="Headline safety figures" className="grid-cards outcome-figures">
        <Figure
          label="Adverse events per 100 injection sessions"
          value={formatPer100(overall.rate)}
          tone={overall.count ? 'red' : undefined}
          hint={`${formatPer100Detail(overall)} · ${plural(overall.events, 'event')}`}
          testId="figure-safety-overall"
          data={{ count: overall.count, n: overall.n, events: overall.events }}
        />
        <Figure
          label="Serious adverse events per 100 injection sessions"
          value={formatPer100(serious.rate)}
          tone={serious.count ? 'red' : undefined}
          hint={`${formatPer100Detail(serious)} · admission, emergency visit or lasting harm`}
          testId="figure-safety-serious"
          data={{ count: serious.count, n: serious.n }}
        />
        <Figure
          label="Median days to resolution"
          value={formatMedian(resolution.overall.median)}
          hint={`n = ${plural(resolution.overall.resolved, 'resolved event')}`}
          testId="figure-safety-resolution"
        />
        <Figure
          label="Ongoing adverse events"
          value={String(resolution.overall.ongoing)}
          tone={resolution.overall.ongoing ? 'amber' : undefined}
          hint="not yet resolved; not in the median"
          testId="figure-safety-ongoing"
        />
      </section>
      <div className="stack">
        <section className="card" aria-labelledby="serious-title">
          <h2 id="serious-title">Serious adverse events</h2>
          <p className="muted small chart-summary">
            Events that led to a hospital admission, an emergency visit or lasting harm, latest onset first. The course link opens the course for
            those allowed to see it.
          </p>
          <SeriousEventsTable events={figures.seriousEvents} />
        </section>
        <section className="card" aria-labelledby="rates-title">
          <h2 id="rates-title">Rates per 100 injection sessions</h2>
          <p className="muted small chart-summary">
            n = {plural(figures.injectionSessions, 'session')} with injections. A session with events of two types counts once in each type and once
            overall.
          </p>
          <div className="stack">
            <SafetyRateTable caption="By type" groupLabel="Type" rows={figures.byType} testId="rates-by-type" minGroupSize={minGroupSize} />
            <SafetyRateTable
              caption="By severity"
              groupLabel="Severity"
              rows={figures.bySeverity}
              testId="rates-by-severity"
              minGroupSize={minGroupSize}
            />
            <SafetyRateTable caption="By region" groupLabel="Region" rows={figures.byRegion} testId="rates-by-region" minGroupSize={minGroupSize} />
          </div>
        </section>
        <section className="card" aria-labelledby="resolution-title">
          <h2 id="resolution-title">Time to resolution</h2>
          <ResolutionTable overall={resolution.overall} byType={resolution.byType} />
        </section>
        <section className="card" aria-labelledby="check-ins-title">
          <h2 id="check-ins-title">72-hour check-ins</h2>
          <CheckInFigures
            rates={checkInRates(checkIns, minGroupSize)}
            window={{ from: Math.min(checkInFromDays, checkInToDays), to: checkInToDays }}
            minGroupSize={minGroupSize}
          />
        </section>
      </div>
    </>
  );
}
