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

/** A patient's name linked to their page, with the MRN beneath. */
export function PatientCell({ id, name, mrn }: { id: number; name: string; mrn: string }) {
  return (
    <td>
      <Link href={`/patients/${id}`}>{name}</Link>
      <div className="muted small">{mrn}</div>
    </td>
  );
}
