'use client';

import './globals.css';
import { ErrorActions } from '@/components/error-actions';

/** Replaces the root layout when even it fails, so it brings its own document and styles. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · ProloTrack</title>
        <div className="login-page">
          <div className="login-card" role="alert">
            <h1>Something went wrong</h1>
            <p className="muted">ProloTrack could not show this page. Records already saved are not affected.</p>
            <ErrorActions retry={retry} />
          </div>
        </div>
      </body>
    </html>
  );
}
