'use client';

import Link from 'next/link';

/** The way out of an error page: try the page again, or go home. */
export function ErrorActions({ retry }: { retry: () => void }) {
  return (
    <div className="toolbar toolbar-flush">
      <button className="btn btn-primary" type="button" onClick={() => retry()}>
        Try again
      </button>
      <Link className="btn" href="/">
        Back to my home page
      </Link>
    </div>
  );
}
