import type { ResolutionFigure } from '@/lib/outcomes/safety';
import { formatMedian } from '@/lib/outcomes/format';
import { EmptyRow } from '@/components/table-cells';

/** Median days from onset to resolution over resolved events, with the ongoing ones counted beside it. */
export function ResolutionTable({ overall, byType }: { overall: ResolutionFigure; byType: ResolutionFigure[] }) {
  return (
    <div className="table-wrap">
      <table data-testid="resolution-table">
        <caption className="table-caption">Days from onset to resolution</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col" className="num">
              Median days
            </th>
            <th scope="col" className="num">
              Resolved (n)
            </th>
            <th scope="col" className="num">
              Ongoing
            </th>
          </tr>
        </thead>
        <tbody>
          {byType.length === 0 && <EmptyRow colSpan={4}>No adverse events with these filters.</EmptyRow>}
          {[...byType, ...(byType.length ? [overall] : [])].map((r) => (
            <tr key={r.key} data-testid={`resolution-${r.key}`}>
              <th scope="row">{r.key === 'all' ? <strong>{r.label}</strong> : r.label}</th>
              <td className="num">{formatMedian(r.median)}</td>
              <td className="num">{r.resolved}</td>
              <td className="num">{r.ongoing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
