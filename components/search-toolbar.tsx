import Link from 'next/link';

/**
 * The search box above a list of patients or courses: a plain GET form, so a search can be bookmarked. "Clear"
 * appears once there is a search; `keep` carries the list's other settings (sort order, archived) through a search.
 */
export function SearchToolbar({
  action,
  q,
  keep = {},
  clearHref = action,
  children,
}: {
  action: string;
  q: string;
  keep?: Record<string, string | undefined>;
  clearHref?: string;
  /** Further controls at the end of the bar. */
  children?: React.ReactNode;
}) {
  const id = `${action.replace(/^\//, '').replace(/\W+/g, '-')}-q`;
  return (
    <form className="toolbar" role="search" action={action}>
      <label htmlFor={id} className="visually-hidden">
        Search by patient name or MRN
      </label>
      <input id={id} type="search" name="q" defaultValue={q} placeholder="Search name or MRN" />
      {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <button className="btn" type="submit">
        Search
      </button>
      {q && (
        <Link href={clearHref} className="btn btn-sm">
          Clear
        </Link>
      )}
      {children}
    </form>
  );
}
