import type { AuditFilters } from '@/lib/audit/queries';

interface Props {
  filters: AuditFilters;
  staff: { id: number; name: string; email: string }[];
  actions: string[];
}

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked or shared. */
export function AuditFilterForm({ filters, staff, actions }: Props) {
  return (
    <form method="get" action="/audit" className="card" aria-label="Filter audit events" style={{ marginBottom: 18 }}>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="f-user">User</label>
          <select id="f-user" name="user" defaultValue={filters.user ?? ''}>
            <option value="">Anyone</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.email})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-patient">Patient</label>
          <input id="f-patient" name="patient" type="text" placeholder="MRN" defaultValue={filters.patient ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-action">Action</label>
          <select id="f-action" name="action" defaultValue={filters.action ?? ''}>
            <option value="">Any action</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-from">From</label>
          <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-to">To</label>
          <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ''} />
        </div>
      </div>
      <div className="toolbar" style={{ margin: 0 }}>
        <button type="submit" className="btn btn-primary">
          Apply filters
        </button>
        <a className="btn" href="/audit">
          Clear
        </a>
      </div>
    </form>
  );
}
