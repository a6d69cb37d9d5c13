import { formatDate } from '@/lib/domain/dates';
import { LINK_STATUS_LABELS, type LinkSummary } from '@/lib/patient-links/link-status';

/** Where the latest link for some questions stands, with its date and reminders (course page tables). */
export function LinkStatus({ link }: { link: LinkSummary | null }) {
  if (!link) return <span className="muted">—</span>;
  return (
    <>
      {LINK_STATUS_LABELS[link.status]}
      <div className="muted nowrap">
        {formatDate(link.createdAt.slice(0, 10))}
        {link.reminders > 0 && ` · ${link.reminders} reminder${link.reminders === 1 ? '' : 's'}`}
      </div>
    </>
  );
}
