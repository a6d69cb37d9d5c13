import type { TimePointFigures } from '@/lib/outcomes/follow-up-figures';
import { formatPercent, formatRateDetail } from '@/lib/outcomes/format';
import { GLOBAL_IMPRESSION } from '@/lib/domain/patient-questions';
import { responderRuleText } from '@/lib/domain/outcome-rules';
import type { OutcomeSettings } from '@/lib/domain/settings';

/** Does the effect last: follow-up completion, responder rate and global impression at each time point. */
export function FollowUpSection({ points, settings }: { points: TimePointFigures[]; settings: OutcomeSettings }) {
  return (
    <section className="card" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">After the last injection</h2>
      <p className="muted small chart-summary">
        Patient-reported follow-ups. Completion: answered of those due (window opened). Responder: {responderRuleText(settings)}, at that follow-up,
        over the answered ones. Each rate with n and a Wilson 95 % interval.
      </p>
      <div className="stack">
        <div className="table-wrap">
          <table data-testid="table-follow-ups">
            <caption className="table-caption">Follow-up completion and responder rate by time point</caption>
            <thead>
              <tr>
                <th scope="col">Time point</th>
                <th scope="col" className="num">
                  Completion
                </th>
                <th scope="col" className="num">
                  Responder rate
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.timePoint} data-testid={`follow-up-${p.timePoint}`}>
                  <th scope="row">{p.label}</th>
                  <td className="num" data-testid={`completion-${p.timePoint}`} data-count={p.completion.count} data-n={p.completion.n}>
                    {formatPercent(p.completion.rate)} <span className="muted small">{formatRateDetail(p.completion)}</span>
                  </td>
                  <td className="num" data-testid={`responders-${p.timePoint}`} data-count={p.responders.count} data-n={p.responders.n}>
                    {formatPercent(p.responders.rate)} <span className="muted small">{formatRateDetail(p.responders)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-wrap">
          <table data-testid="table-global-impression">
            <caption className="table-caption">Global impression of change (answered follow-ups)</caption>
            <thead>
              <tr>
                <th scope="col">Time point</th>
                {GLOBAL_IMPRESSION.map((g) => (
                  <th key={g.value} scope="col" className="num">
                    {g.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.timePoint}>
                  <th scope="row">{p.label}</th>
                  {p.impressions.map((count, i) => (
                    <td key={GLOBAL_IMPRESSION[i].value} className="num">
                      {count}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
