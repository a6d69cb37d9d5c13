import Link from 'next/link';
import { COURSE_STATUSES } from '@/db/schema';
import { CONDITIONS } from '@/lib/domain/conditions';
import type { OutcomeFilters } from '@/lib/outcomes/filters';
import type { SpecialistOption } from '@/lib/outcomes/options';

const STATUS_LABELS: Record<(typeof COURSE_STATUSES)[number], string> = {
  active: 'Active',
  completed: 'Completed',
  discontinued: 'Discontinued',
};

/** Filters travel in the URL (a plain GET form), so a view can be bookmarked and shared. */
export function FiltersForm({
  action,
  filters,
  specialists,
  showSpecialist,
  showDates = true,
}: {
  action: string;
  filters: OutcomeFilters;
  specialists: SpecialistOption[];
  showSpecialist: boolean;
  showDates?: boolean;
}) {
  return (
    <form className="filter-bar card" action={action} method="get" aria-label="Filters">
      {showDates && (
        <>
          <div className="field">
            <label htmlFor="f-from">From</label>
            <input id="f-from" type="date" name="from" defaultValue={filters.from ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="f-to">To</label>
            <input id="f-to" type="date" name="to" defaultValue={filters.to ?? ''} />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor="f-condition">Condition</label>
        <select id="f-condition" name="condition" defaultValue={filters.condition ?? ''}>
          <option value="">All conditions</option>
          {CONDITIONS.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {showSpecialist && (
        <div className="field">
          <label htmlFor="f-specialist">Specialist</label>
          <select id="f-specialist" name="specialist" defaultValue={filters.specialist ? String(filters.specialist) : ''}>
            <option value="">All specialists</option>
            {specialists.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="f-status">Course status</label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ''}>
          <option value="">Any status</option>
          {COURSE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button className="btn btn-primary" type="submit">
          Apply
        </button>
        <Link className="btn" href={action}>
          Clear
        </Link>
      </div>
    </form>
  );
}
