import type { SessionPoint } from '@/lib/outcomes/series';
import { formatNumber } from '@/lib/outcomes/format';
import { betterDirection, MEASURE_KEYS, MEASURE_SERIES } from '@/components/charts/palette';
import { ScoreTrendChart } from '@/components/charts/lazy-charts';

const MEASURES = MEASURE_KEYS.map((key) => ({
  key,
  label: MEASURE_SERIES[key].label,
  better: `${betterDirection(key)} ${MEASURE_SERIES[key].lowerIsBetter ? '↓' : '↑'}`,
}));

const ci = (m: SessionPoint['pain']) => (m.low == null || m.high == null ? '—' : `${formatNumber(m.low)}–${formatNumber(m.high)}`);

/** Cohort mean pain, mobility and sleep by session number (0–10), each with a 95 % band and a table alternative. */
export function ScoreCharts({ series }: { series: SessionPoint[] }) {
  const first = series[0];
  const last = series.at(-1);
  const summary =
    first && last && first.pain.mean != null && last.pain.mean != null
      ? `Mean pain ${formatNumber(first.pain.mean)} at session 1 (n = ${first.pain.n}) and ${formatNumber(last.pain.mean)} at session ${last.session} (n = ${last.pain.n}).`
      : 'No scored sessions for these filters.';
  return (
    <section className="card" aria-labelledby="scores-title">
      <h2 id="scores-title">Scores by session number</h2>
      <p className="muted small chart-summary">Cohort mean on the 0–10 scale with its 95 % confidence band. {summary}</p>
      <div className="score-grid">
        {MEASURES.map((m) => (
          <figure key={m.key} className="score-panel">
            <figcaption>
              <span className={`series-key key-${m.key}`} aria-hidden /> {m.label} <span className="muted small">· {m.better}</span>
            </figcaption>
            <ScoreTrendChart
              measure={m.key}
              points={series.map((p) => ({
                session: p.session,
                n: p[m.key].n,
                mean: p[m.key].mean,
                band: p[m.key].low != null && p[m.key].high != null ? [p[m.key].low as number, p[m.key].high as number] : null,
              }))}
            />
          </figure>
        ))}
      </div>
      <details className="chart-table">
        <summary>Scores as a table</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Session</th>
                {MEASURES.map((m) => (
                  <th scope="col" className="num" key={m.key}>
                    {m.label} mean (95 % CI)
                  </th>
                ))}
                <th scope="col" className="num">
                  n
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.session}>
                  <th scope="row">{p.session}</th>
                  {MEASURES.map((m) => (
                    <td className="num" key={m.key}>
                      {formatNumber(p[m.key].mean)} <span className="muted small">({ci(p[m.key])})</span>
                    </td>
                  ))}
                  <td className="num">{p.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
