'use client';

import { useState, useTransition } from 'react';
import { createPreSessionLinkAction } from '@/lib/actions/patient-link-actions';
import { linkForm } from './link-creator';

/** Opens today's pre-session questions in this browser, on a page with nothing of the app, for the patient to fill in. */
export function WaitingRoomButton({ courseId }: { courseId: number }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn btn-primary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await createPreSessionLinkAction({}, linkForm(courseId, false));
            if (result.link) window.location.assign(result.link.url);
            else setError(result.message ?? 'The questions could not be opened.');
          })
        }
      >
        {pending ? 'Opening…' : 'Hand the tablet to the patient'}
      </button>
      {error && (
        <div className="form-error small" role="alert">
          {error}
        </div>
      )}
    </>
  );
}
