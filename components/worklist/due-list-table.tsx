'use client';

import { startTransition, useActionState, useState } from 'react';
import Link from 'next/link';
import { EmptyRow, PatientCell } from '@/components/table-cells';
import { LinkButtons, LinkResult, linkForm, type LinkAction } from '@/components/follow-ups/link-creator';

/** One row of a worklist "due" list as the server formatted it: ids and finished strings only. */
export interface DueItem {
  /** The follow-up's or session's id: what the link action takes. */
  id: number;
  patientId: number;
  patientName: string;
  mrn: string;
  courseHref: string;
  condition: string;
  /** The third column: the follow-up's time point or the session's date, with an optional line under it. */
  what: string;
  whatNote?: string;
  closes: string;
  closesHint: string;
  /** The latest link's state and date, when there is one. */
  linkNote: string | null;
}

/**
 * A worklist list of patient questions due (follow-ups, check-ins) with one link action for the whole list. One
 * client component with one action state: a form per row repeated the action's hidden fields and state in the page
 * once per row, and those lists often hold dozens of rows. The new link shows in the row it was made for.
 */
export function DueListTable({
  columns,
  rows,
  empty,
  rowTestId,
  action,
  email,
}: {
  columns: string[];
  rows: DueItem[];
  empty: string;
  rowTestId: string;
  action: LinkAction;
  /** null = email is possible; otherwise why not. */
  email: string | null;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  const [forId, setForId] = useState<number | null>(null);
  const create = (id: number, withEmail: boolean) => {
    setForId(id);
    startTransition(() => dispatch(linkForm(id, withEmail)));
  };
  return (
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
          {rows.length === 0 && <EmptyRow colSpan={columns.length}>{empty}</EmptyRow>}
          {rows.map((r) => {
            const label = r.linkNote ? 'New link' : 'Create link';
            const busy = pending && forId === r.id;
            return (
              <tr key={r.id} data-testid={rowTestId}>
                <PatientCell id={r.patientId} name={r.patientName} mrn={r.mrn} />
                <td>
                  <Link href={r.courseHref}>{r.condition}</Link>
                </td>
                <td className="nowrap">
                  {r.what}
                  {r.whatNote && <div className="small muted">{r.whatNote}</div>}
                </td>
                <td className="nowrap">
                  {r.closes}
                  <div className="small muted">{r.closesHint}</div>
                </td>
                <td>
                  {r.linkNote && <div className="small">{r.linkNote}</div>}
                  <div className="link-creator">
                    <LinkButtons label={label} email={email} disabled={pending} busy={busy} onCreate={(withEmail) => create(r.id, withEmail)} />
                    {forId === r.id && !busy && <LinkResult state={state} />}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
