import { dueHint, formatDate } from '@/lib/domain/dates';
import { LINK_STATUS_LABELS, type LinkSummary } from '@/lib/patient-links/link-status';
import { emailUnavailable } from '@/components/follow-ups/follow-up-schedule';
import { DueListTable, type DueItem } from './due-list-table';
import type { LinkAction } from '@/components/follow-ups/link-creator';

/** A worklist list of patient questions due (follow-ups, check-ins): heading with count, intro, the list's table. */
export function DueListSection({
  id,
  testId,
  rowTestId,
  title,
  intro,
  emailConfigured,
  columns,
  empty,
  rows,
  action,
}: {
  id: string;
  testId: string;
  rowTestId: string;
  title: string;
  intro: string;
  emailConfigured: boolean;
  columns: string[];
  empty: string;
  rows: DueItem[];
  action: LinkAction;
}) {
  return (
    <section className="page-section" aria-labelledby={`${id}-heading`} data-testid={testId}>
      <h2 id={`${id}-heading`} className="section-title-tight">
        {title} <span className="badge">{rows.length}</span>
      </h2>
      <p className="muted small section-intro">
        {intro} Create a link and give it to the patient as a code, printed or by email.
        {!emailConfigured && ' Email is not configured.'}
      </p>
      <DueListTable
        columns={columns}
        rows={rows}
        empty={empty}
        rowTestId={rowTestId}
        action={action}
        email={emailUnavailable({ configured: emailConfigured })}
      />
    </section>
  );
}

/** When an answer window closes, and how soon, as a due row shows it. */
export function windowCloses(windowEnd: string, today: string): Pick<DueItem, 'closes' | 'closesHint'> {
  return { closes: formatDate(windowEnd), closesHint: dueHint(windowEnd, today).replace('due', 'closes') };
}

/** The latest link's state and date, as a due row shows it. */
export function linkNote(link: LinkSummary | null): string | null {
  return link ? `${LINK_STATUS_LABELS[link.status]} ${formatDate(link.createdAt.slice(0, 10))}` : null;
}
