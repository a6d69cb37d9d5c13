import type { CheckInRate, CheckInRates } from '@/lib/outcomes/check-in-rates';
import { formatPercent, formatRateDetail, plural } from '@/lib/outcomes/format';
import { Figure } from '@/components/figure';
import { SmallGroupBadge } from '@/components/outcomes/small-group-badge';

function RateRow({ label, rate, minGroupSize, testId }: { label: string; rate: CheckInRate; minGroupSize: number; testId: string }) {
  return (
    <tr className={rate.small ? 'row-small' : undefined} data-testid={testId} data-count={rate.count} data-n={rate.n}>
      <th scope="row">
        {label}
        {rate.small && <SmallGroupBadge minGroupSize={minGroupSize} />}
      </th>
      <td className="num">{formatPercent(rate.rate)}</td>
      <td className="num nowrap">{formatRateDetail(rate)}</td>
      <td className="num hide-narrow">{rate.courses}</td>
    </tr>
  );
}

/** Check-in completion and red-flag rates with their counts, for the sessions with injections in the period. */
export function CheckInFigures({ rates, window, minGroupSize }: { rates: CheckInRates; window: { from: number; to: number }; minGroupSize: number }) {
  return (
    <>
      <p className="muted small chart-summary" data-testid="check-in-definition">
        A check-in is due {window.from}–{window.to} days after each session with injections in the period. It counts here once it is answered or its
        window has closed; {plural(rates.pending, 'check-in')} still open and unanswered {rates.pending === 1 ? 'is' : 'are'} not counted yet. The
        completion rate is the check-ins answered out of those due. The red-flag rate is the answered check-ins with at least one warning sign (pain
        much worse, or &ldquo;yes&rdquo; to spreading swelling or redness, fever, shortness of breath or chest pain, a headache worse sitting or
        standing, new numbness or weakness) out of those answered. Rates resting on fewer than {plural(minGroupSize, 'course')} are marked too few to
        judge.
      </p>
      <section aria-label="Check-in counts" className="grid-cards outcome-figures">
        <Figure label="Check-ins due" value={String(rates.due)} hint="answered, or window closed" testId="figure-check-ins-due" />
        <Figure label="Answered" value={String(rates.answered)} hint="by the patient, through the link" testId="figure-check-ins-answered" />
        <Figure
          label="Missed"
          value={String(rates.missed)}
          tone={rates.missed ? 'amber' : undefined}
          hint="window closed without an answer"
          testId="figure-check-ins-missed"
        />
        <Figure
          label="Red flags handled"
          value={`${rates.handled} of ${rates.handled + rates.unhandled}`}
          tone={rates.unhandled ? 'red' : undefined}
          hint={`${plural(rates.unhandled, 'red flag')} still open: nothing recorded as done yet`}
          testId="figure-check-ins-red-flags"
        />
      </section>
      <div className="table-wrap">
        <table data-testid="check-in-rates" data-red-flagged={rates.redFlag.count} data-handled={rates.handled} data-unhandled={rates.unhandled}>
          <caption className="table-caption">Check-in rates</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">
                Rate
              </th>
              <th scope="col" className="num">
                Count / n · 95 % CI
              </th>
              <th scope="col" className="num hide-narrow">
                Courses
              </th>
            </tr>
          </thead>
          <tbody>
            <RateRow label="Completion: answered ÷ due" rate={rates.completion} minGroupSize={minGroupSize} testId="check-in-completion" />
            <RateRow label="Red flags: with a warning sign ÷ answered" rate={rates.redFlag} minGroupSize={minGroupSize} testId="check-in-red-flag" />
          </tbody>
        </table>
      </div>
    </>
  );
}
