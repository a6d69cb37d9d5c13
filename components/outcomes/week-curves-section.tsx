import type { WeekSeries } from '@/lib/outcomes/week-series';
import { WEEK_BIN } from '@/lib/outcomes/week-series';
import { formatNumber } from '@/lib/outcomes/format';
import { MEASURE_KEYS, MEASURE_SERIES } from '@/components/charts/palette';
import type { WeekRow } from './week-curves-chart';
import { WeekCurvesChart } from '@/components/charts/lazy-charts';

/** Cohort curves on a weeks-since-start axis, with the last injection marked and follow-ups extending them. */
export function WeekCurvesSection({ weeks, minGroupSize }: { weeks: WeekSeries; minGroupSize: number }) {
  const bins = [...new Set(weeks.points.map((p) => p.week))].sort((a, b) => a - b);
  const rows: WeekRow[] = bins.map((week) => {
    const session = weeks.points.find((p) => p.week === week && p.source === 'session');
    const followUp = weeks.points.find((p) => p.week === week && p.source === 'follow_up');
    const row: WeekRow = { week };
    for (const m of MEASURE_KEYS) {
      // A mean of a handful of scores is noise: bins with fewer than the small-group threshold are not drawn.
      row[`${m}Session`] = session && session[m].n >= minGroupSize ? session[m].mean : null;
      row[`${m}FollowUp`] = followUp && followUp[m].n >= minGroupSize ? followUp[m].mean : null;
    }
    return row;
  });
  const last = weeks.lastInjectionWeek;
  return (
    <section className="card" aria-labelledby="weeks-title">
      <h2 id="weeks-title">Scores by weeks since course start</h2>
      <p className="muted small chart-summary">
        Cohort means in {WEEK_BIN}-week bins: sessions (filled markers) and patient-reported follow-ups after the last injection (hollow markers);
        bins with fewer than {minGroupSize} scores are not drawn.{' '}
        {last != null ? `The median course had its last injection in week ${formatNumber(last)}.` : 'No injections recorded.'}
      </p>
      <WeekCurvesChart rows={rows} lastInjectionWeek={last} />
      <details className="chart-table">
        <summary>Scores by week as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Weeks</th>
              <th scope="col">Source</th>
              {MEASURE_KEYS.map((m) => (
                <th key={m} scope="col" className="num">
                  {MEASURE_SERIES[m].label} (n)
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.points.map((p) => (
              <tr key={`${p.week}-${p.source}`}>
                <th scope="row">
                  {p.week}–{p.week + WEEK_BIN - 1}
                </th>
                <td>{p.source === 'session' ? 'sessions' : 'follow-ups (patient-reported)'}</td>
                {MEASURE_KEYS.map((m) => (
                  <td key={m} className="num">
                    {formatNumber(p[m].mean)} ({p[m].n})
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
