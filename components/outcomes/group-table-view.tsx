'use client';

import { EmptyRow } from '@/components/table-cells';
import { SmallGroupBadge } from '@/components/outcomes/small-group-badge';

/** A figure and what it rests on, e.g. ["34%", "39/115 · 95 % CI 26–43%"]. */
type Cell = [value: string, detail: string];

/** One group's row as the server formatted it: finished strings only. */
export interface GroupTableRow {
  key: string;
  label: string;
  small: boolean;
  courses: number;
  /** Responder rate, mean pain change, median sessions to response, discontinued. */
  cells: [Cell, Cell, Cell, Cell];
}

/**
 * The outcomes tables by condition and by specialist. A client component although it has no state: a clinic with a
 * hundred specialists sends a hundred rows, and as server components each row travelled twice, as HTML and again as
 * its element tree in the page's RSC payload (about 0.7 KB a row). As a client component only these strings travel.
 */
export function GroupTableView({
  caption,
  groupLabel,
  rows,
  minGroupSize,
  testId,
}: {
  caption: string;
  groupLabel: string;
  rows: GroupTableRow[];
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
              Courses
            </th>
            <th scope="col" className="num">
              Responder rate (primary)
            </th>
            <th scope="col" className="num">
              Mean pain change
            </th>
            <th scope="col" className="num">
              Median sessions to response
            </th>
            <th scope="col" className="num">
              Discontinued
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <EmptyRow colSpan={6}>No courses match these filters. Widen the date range or clear a filter.</EmptyRow>}
          {rows.map((r) => (
            <tr key={r.key} className={r.small ? 'row-small' : undefined}>
              <th scope="row">
                {r.label}
                {r.small && <SmallGroupBadge minGroupSize={minGroupSize} />}
              </th>
              <td className="num">{r.courses}</td>
              {r.cells.map(([value, detail], i) => (
                <td className="num" key={i}>
                  {value} <span className="muted small">{detail}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
