import type { ReactNode } from 'react';
import { dueHint, formatDate } from '@/lib/domain/dates';
import { EmptyRow } from '@/components/table-cells';

/** The shell of a worklist list of patient questions due (follow-ups, check-ins): heading with count, intro, table. */
export function DueListSection({
  id,
  testId,
  title,
  count,
  intro,
  emailConfigured,
  columns,
  empty,
  children,
}: {
  id: string;
  testId: string;
  title: string;
  count: number;
  intro: string;
  emailConfigured: boolean;
  columns: string[];
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="page-section" aria-labelledby={`${id}-heading`} data-testid={testId}>
      <h2 id={`${id}-heading`} className="section-title-tight">
        {title} <span className="badge">{count}</span>
      </h2>
      <p className="muted small section-intro">
        {intro} Create a link and give it to the patient as a code, printed or by email.
        {!emailConfigured && ' Email is not configured.'}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {count === 0 && <EmptyRow colSpan={columns.length}>{empty}</EmptyRow>}
            {children}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** When an answer window closes, and how soon. */
export function WindowClosesCell({ windowEnd, today }: { windowEnd: string; today: string }) {
  return (
    <td className="nowrap">
      {formatDate(windowEnd)}
      <div className="small muted">{dueHint(windowEnd, today).replace('due', 'closes')}</div>
    </td>
  );
}
