import type { SafetyRate } from '@/lib/outcomes/safety';
import { formatPer100, formatPer100Detail } from '@/lib/outcomes/format';
import { EmptyRow } from '@/components/table-cells';
import { SmallGroupBadge } from '@/components/outcomes/small-group-badge';

/** Adverse event rates per 100 injection sessions for one breakdown; rows resting on too few courses are marked. */
export function SafetyRateTable({
  caption,
  groupLabel,
  rows,
  minGroupSize,
  testId,
}: {
  caption: string;
  groupLabel: string;
  rows: SafetyRate[];
  minGroupSize: number;
  testId: string;
}) {
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col" className="num">
              Per 100 injection sessions
            </th>
            <th scope="col" className="num">
              Sessions with an event / n · 95 % CI
            </th>
            <th scope="col" className="num hide-narrow">
              Events
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <EmptyRow colSpan={4}>No sessions with injections match these filters. Widen the date range or clear a filter.</EmptyRow>
          )}
          {rows.map((r) => (
            <tr key={r.key} className={r.small ? 'row-small' : undefined} data-testid={`${testId}-${r.key}`} data-count={r.count} data-n={r.n}>
              <th scope="row">
                {r.label}
                {r.small && <SmallGroupBadge minGroupSize={minGroupSize} />}
              </th>
              <td className="num">{formatPer100(r.rate)}</td>
              <td className="num nowrap">{formatPer100Detail(r)}</td>
              <td className="num hide-narrow">{r.events}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
