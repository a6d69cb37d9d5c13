import type { OutcomeGroup } from '@/lib/outcomes/groups';
import { formatChange, formatMedian, formatPercent, formatRateDetail } from '@/lib/outcomes/format';
import { wilson95 } from '@/lib/outcomes/stats';
import { getSettings } from '@/lib/settings';
import { EmptyRow } from '@/components/table-cells';
import { SmallGroupBadge } from '@/components/outcomes/small-group-badge';

/** Outcomes by condition or by specialist; small groups are marked rather than hidden. */
export function GroupTable({ caption, groupLabel, rows, testId }: { caption: string; groupLabel: string; rows: OutcomeGroup[]; testId: string }) {
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col" className="num">Courses</th>
            <th scope="col" className="num">Responder rate (primary)</th>
            <th scope="col" className="num">Mean pain change</th>
            <th scope="col" className="num">Median sessions to response</th>
            <th scope="col" className="num">Discontinued</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <EmptyRow colSpan={6}>No courses match these filters. Widen the date range or clear a filter.</EmptyRow>
          )}
          {rows.map((r) => (
            <tr key={r.key} className={r.small ? 'row-small' : undefined}>
              <th scope="row">
                {r.label}
                {r.small && (
                  <SmallGroupBadge minGroupSize={getSettings().minGroupSize} />
                )}
              </th>
              <td className="num">{r.courses}</td>
              <td className="num">
                {formatPercent(r.responderRate)} <span className="muted small">{formatRateDetail(wilson95(r.responders, r.assessable))}</span>
              </td>
              <td className="num">
                {formatChange(r.meanPainChange)} <span className="muted small">n={r.painChangeN}</span>
              </td>
              <td className="num">
                {formatMedian(r.medianSessionsToResponse)} <span className="muted small">n={r.respondedCourses}</span>
              </td>
              <td className="num">
                {formatPercent(r.discontinuationRate)} <span className="muted small">{formatRateDetail(wilson95(r.discontinued, r.courses))}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
