import Link from 'next/link';

/** "Page 2 of 5" under a long list, with links to the pages either side. */
export function Pager({
  page,
  pages,
  hrefFor,
  previousLabel = '← Previous',
  nextLabel = 'Next →',
  testId,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  previousLabel?: string;
  nextLabel?: string;
  testId?: string;
}) {
  return (
    <nav className="toolbar pager" aria-label="Pages">
      <span className="muted" data-testid={testId}>
        Page {page} of {pages}
      </span>
      <span className="toolbar toolbar-flush">
        {page > 1 && (
          <Link className="btn btn-sm" href={hrefFor(page - 1)} rel="prev" prefetch={false}>
            {previousLabel}
          </Link>
        )}
        {page < pages && (
          <Link className="btn btn-sm" href={hrefFor(page + 1)} rel="next" prefetch={false}>
            {nextLabel}
          </Link>
        )}
      </span>
    </nav>
  );
}
