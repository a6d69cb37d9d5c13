'use client';

import { useActionState } from 'react';
import type { LinkFormState } from '@/lib/actions/patient-link-actions';
import { LinkCard } from './link-card';

export type LinkAction = (state: LinkFormState, form: FormData) => Promise<LinkFormState>;

/** "Create link" (QR and text) and, when email works, "Create and email"; then the link itself. */
export function LinkCreator({
  action,
  id,
  label,
  email,
}: {
  action: LinkAction;
  /**
   * The follow-up's, session's or course's id, sent with the form: one unbound action serves every row of a list, where a bound
   * action would add its encrypted arguments to the page once per row.
   */
  id?: number;
  label: string;
  /** null = email is possible; otherwise why not. */
  email: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="link-creator">
      <form action={formAction} className="toolbar toolbar-flush" aria-label={label}>
        {id != null && <input type="hidden" name="id" value={id} />}
        <button className="btn btn-sm" type="submit" name="email" value="no" disabled={pending}>
          {pending ? 'Creating…' : label}
        </button>
        <button className="btn btn-sm" type="submit" name="email" value="yes" disabled={pending || email != null} title={email ?? undefined}>
          {label} and email it
        </button>
      </form>
      <LinkResult state={state} />
    </div>
  );
}

/** What creating a link answered: its message, then the link as QR code and text. */
export function LinkResult({ state }: { state: LinkFormState }) {
  return (
    <>
      <div aria-live="polite" role="status">
        {state.message && <div className={`${state.ok ? 'form-ok' : 'form-error'} small link-message`}>{state.message}</div>}
      </div>
      {state.link && <LinkCard link={state.link} />}
    </>
  );
}
