import Link from 'next/link';
import { TextField } from './fields';

/**
 * A bar of filters above a list or a dashboard. A plain GET form: the filters travel in the URL, so a filtered view
 * can be bookmarked and shared; "Clear" goes back to the unfiltered page.
 */
export function FilterForm({
  action,
  label,
  submitLabel = 'Apply',
  children,
}: {
  action: string;
  label: string;
  submitLabel?: string;
  children: React.ReactNode;
}) {
  return (
    <form className="filter-bar card" action={action} method="get" aria-label={label}>
      {children}
      <div className="filter-actions">
        <button className="btn btn-primary" type="submit">
          {submitLabel}
        </button>
        <Link className="btn" href={action} prefetch={false}>
          Clear
        </Link>
      </div>
    </form>
  );
}

/** "From" and "To" dates, both optional. */
export function DateRangeFields({ from, to }: { from?: string; to?: string }) {
  return (
    <>
      <TextField name="from" label="From" type="date" defaultValue={from} />
      <TextField name="to" label="To" type="date" defaultValue={to} />
    </>
  );
}
