'use client';

import { PageHeader } from '@/components/page-header';
import { ErrorActions } from '@/components/error-actions';

/** Unexpected failures inside the app: the shell stays, the page offers a retry. Details are in the server log only. */
export default function AppError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <PageHeader title="Something went wrong" />
      <div className="card card-narrow" role="alert">
        <p className="flush-top">This page could not be shown. Records already saved are not affected.</p>
        <p className="muted">Try again in a moment. If it keeps happening, tell the clinic admin.</p>
        <ErrorActions retry={retry} />
      </div>
    </>
  );
}
