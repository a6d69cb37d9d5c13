'use client';

import { useState, useTransition } from 'react';
import { deleteSessionAction } from '@/lib/actions/session-actions';

export function DeleteSessionButton({ sessionId }: { sessionId: number }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="btn btn-danger"
        disabled={pending}
        onClick={() => {
          if (!window.confirm('Delete this session and its injected sites? This cannot be undone.')) return;
          startTransition(async () => {
            const result = await deleteSessionAction(sessionId);
            if (result?.message) setError(result.message);
          });
        }}
      >
        {pending ? 'Deleting…' : 'Delete session'}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
