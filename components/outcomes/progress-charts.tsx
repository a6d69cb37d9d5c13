import type { SessionPoint } from '@/lib/outcomes/series';
import type { CurvePoint } from '@/lib/outcomes/stats';
import { formatNumber, formatPercent } from '@/lib/outcomes/format';
import { getSettings } from '@/lib/settings';
import { InjectionsChart, TimeToResponseChart } from '@/components/charts/lazy-charts';

/** Injections by session number and the time-to-response curve, side by side, each with a table alternative. */
export function ProgressCharts({ series, curve }: { series: SessionPoint[]; curve: CurvePoint[] }) {
  const first = series[0];
  const last = series.at(-1);
  const injectionsSummary =
    first && last
      ? `${formatNumber(first.meanInjections)} injections on average at session 1, ${formatNumber(last.meanInjections)} at session ${last.session}.`
      : 'No sessions for these filters.';
  // The tail of a Kaplan–Meier curve rests on a handful of courses: draw it only while enough are at risk.
  const drawn = curve.filter((p) => p.atRisk >= getSettings().minGroupSize);
  const end = drawn.at(-1);
  const half = drawn.find((p) => p.share >= 0.5);
  const curveSummary = end
    ? `${formatPercent(end.share)} responded by session ${end.session}; ${half ? `half by session ${half.session}` : 'fewer than half so far'}. Sessions with fewer than ${getSettings().minGroupSize} courses at risk are not drawn.`
    : 'Too few courses with a baseline pain score to draw the curve.';
  return (
    <div className="two-col">
      <section className="card" aria-labelledby="inj-title">
        <h2 id="inj-title">Injections per session</h2>
        <p className="muted small chart-summary">Mean injections by session number (review visits count as 0). {injectionsSummary}</p>
        <InjectionsChart
          testId="chart-injections"
          name="Mean injections"
          height={220}
          bars={series.map((p) => ({ label: String(p.session), title: `Session ${p.session}`, injections: p.meanInjections }))}
        />
        <details className="chart-table">
          <summary>Injections as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col" className="num">
                  Mean injections
                </th>
                <th scope="col" className="num">
                  Sessions
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.session}>
                  <th scope="row">{p.session}</th>
                  <td className="num">{formatNumber(p.meanInjections)}</td>
                  <td className="num">{p.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <section className="card" aria-labelledby="ttr-title">
        <h2 id="ttr-title">Time to response</h2>
        <p className="muted small chart-summary">
          Share of courses that reached the responder rule by each session; courses not (yet) responding are censored at their last pain score.{' '}
          {curveSummary}
        </p>
        <TimeToResponseChart points={drawn.map((p) => ({ session: p.session, share: p.share, atRisk: p.atRisk }))} />
        <details className="chart-table">
          <summary>Time to response as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">By session</th>
                <th scope="col" className="num">
                  Responded
                </th>
                <th scope="col" className="num">
                  At risk
                </th>
                <th scope="col" className="num">
                  New responses
                </th>
              </tr>
            </thead>
            <tbody>
              {curve.map((p) => (
                <tr key={p.session}>
                  <th scope="row">{p.session}</th>
                  <td className="num">{formatPercent(p.share)}</td>
                  <td className="num">{p.atRisk}</td>
                  <td className="num">{p.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </div>
  );
}
