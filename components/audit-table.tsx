import { format, parseISO } from 'date-fns';

interface AuditRow {
  id: number;
  at: string;
  userEmail: string | null;
  userName: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  patientId: number | null;
  patientMrn: string | null;
  outcome: 'success' | 'failure' | 'denied';
  details: string | null;
  ip: string | null;
}

const OUTCOME_BADGE = { success: 'badge-green', failure: 'badge-red', denied: 'badge-amber' } as const;

function show(value: unknown): string {
  if (Array.isArray(value)) return `${value.length}`;
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A created or removed record as "field: value", empty fields left out. */
function fields(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(([, v]) => v !== null && v !== '' && v !== undefined)
    .map(([k, v]) => `${k}: ${show(v)}`);
}

/** Details as short "key: value" text; changes as "field: before → after". */
function describe(details: string | null): string {
  if (!details) return '';
  try {
    const parsed = JSON.parse(details) as Record<string, unknown>;
    const before = parsed.before as Record<string, unknown> | undefined;
    const after = parsed.after as Record<string, unknown> | undefined;
    if (after) return fields(after).join('; ');
    if (before) return `removed: ${fields(before).join('; ')}`;
    return Object.entries(parsed)
      .map(([key, value]) => {
        if (key === 'changes' && value && typeof value === 'object') {
          return Object.entries(value as Record<string, { from: unknown; to: unknown }>)
            .map(([field, c]) => `${field}: ${show(c.from)} → ${show(c.to)}`)
            .join('; ');
        }
        return `${key}: ${show(value)}`;
      })
      .filter(Boolean)
      .join('; ');
  } catch {
    return details;
  }
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) {
    return <div className="table-wrap empty">No audit events match these filters. Widen the dates or clear a filter.</div>;
  }
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>When (UTC)</th>
            <th>User</th>
            <th>Action</th>
            <th>Outcome</th>
            <th>Patient</th>
            <th>Record</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="audit-row">
              <td className="tabular nowrap">{format(parseISO(r.at), 'd MMM yyyy HH:mm:ss')}</td>
              <td>
                {r.userName ?? r.userEmail ?? '—'}
                {r.userName && r.userEmail && <div className="muted small">{r.userEmail}</div>}
              </td>
              <td>
                <code>{r.action}</code>
              </td>
              <td>
                <span className={`badge ${OUTCOME_BADGE[r.outcome]}`}>{r.outcome}</span>
              </td>
              <td>{r.patientMrn ?? (r.patientId != null ? `#${r.patientId}` : '—')}</td>
              <td>{r.entity ? `${r.entity}${r.entityId ? ` #${r.entityId}` : ''}` : '—'}</td>
              <td className="small audit-details">
                {describe(r.details)}
                {r.ip && <div className="muted">from {r.ip}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
