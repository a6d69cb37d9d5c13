import Link from 'next/link';

/** The one row a table shows when it has nothing to list: says what to do next. */
export function EmptyRow({ colSpan, children }: { colSpan: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="empty">
        {children}
      </td>
    </tr>
  );
}

/** The header of a column of row buttons: named for screen readers only. */
export function ActionsHeader({ label = 'Actions' }: { label?: string }) {
  return (
    <th>
      <span className="visually-hidden">{label}</span>
    </th>
  );
}

/** A row's button in the actions column; an empty cell when the row offers none. */
export function ActionCell({ href, primary, children }: { href: string | null; primary?: boolean; children: React.ReactNode }) {
  return (
    <td>
      {href && (
        <Link className={primary ? 'btn btn-sm btn-primary' : 'btn btn-sm'} href={href}>
          {children}
        </Link>
      )}
    </td>
  );
}

/** A patient's name linked to their page, with the MRN beneath. */
export function PatientCell({ id, name, mrn }: { id: number; name: string; mrn: string }) {
  return (
    <td>
      <Link href={`/patients/${id}`}>{name}</Link>
      <div className="muted small">{mrn}</div>
    </td>
  );
}
