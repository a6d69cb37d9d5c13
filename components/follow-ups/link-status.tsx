import { formatDate } from '@/lib/domain/dates';
import { LINK_STATUS_LABELS, type LinkSummary } from '@/lib/patient-links/link-status';
import type { LinkFormState } from '@/lib/actions/patient-link-actions';
import { LinkCreator } from './link-creator';

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

/** A worklist "due" row's link cell: the latest link, then the button for a new one. */
export function DueLinkCell({
  link,
  action,
  id,
  email,
}: {
  link: LinkSummary | null;
  action: (state: LinkFormState, form: FormData) => Promise<LinkFormState>;
  id: number;
  email: string | null;
}) {
  return (
    <td>
      {link && <div className="small">{LINK_STATUS_LABELS[link.status]} {formatDate(link.createdAt.slice(0, 10))}</div>}
      <LinkCreator action={action} id={id} label={link ? 'New link' : 'Create link'} email={email} />
    </td>
  );
}
