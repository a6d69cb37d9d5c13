'use client';

import { useActionState } from 'react';
import type { LinkFormState } from '@/lib/actions/patient-link-actions';
import { LinkCard } from './link-card';

type Action = (state: LinkFormState, form: FormData) => Promise<LinkFormState>;

/** "Create link" (QR and text) and, when email works, "Create and email"; then the link itself. */
export function LinkCreator({
  action,
  label,
  email,
}: {
  action: Action;
  label: string;
  /** null = email is possible; otherwise why not. */
  email: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="link-creator">
      <form action={formAction} className="toolbar toolbar-flush" aria-label={label}>
        <button className="btn btn-sm" type="submit" name="email" value="no" disabled={pending}>
          {pending ? 'Creating…' : label}
        </button>
        <button className="btn btn-sm" type="submit" name="email" value="yes" disabled={pending || email != null} title={email ?? undefined}>
          {label} and email it
        </button>
      </form>
      <div aria-live="polite" role="status">
        {state.message && <div className={`${state.ok ? 'form-ok' : 'form-error'} small link-message`}>{state.message}</div>}
      </div>
      {state.link && <LinkCard link={state.link} />}
    </div>
  );
}
