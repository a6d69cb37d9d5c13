'use client';

import { startTransition, useActionState } from 'react';
import type { LinkFormState } from '@/lib/actions/patient-link-actions';
import { LinkCard } from './link-card';

export type LinkAction = (state: LinkFormState, form: FormData) => Promise<LinkFormState>;

/**
 * What a link action reads: the follow-up's, session's or course's `id` and whether to email the link. One unbound
 * action serves every row of a list, where a bound action would add its encrypted arguments to the page once per row.
 */
export function linkForm(id: number | undefined, withEmail: boolean): FormData {
  const form = new FormData();
  if (id != null) form.set('id', String(id));
  form.set('email', withEmail ? 'yes' : 'no');
  return form;
}

/** "Create link" and "… and email it" (disabled, with the reason as its title, when email is not possible). */
export function LinkButtons({
  label,
  email,
  disabled,
  busy,
  onCreate,
}: {
  label: string;
  /** null = email is possible; otherwise why not. */
  email: string | null;
  disabled: boolean;
  busy: boolean;
  onCreate: (withEmail: boolean) => void;
}) {
  return (
    <div className="toolbar toolbar-flush" role="group" aria-label={label}>
      <button className="btn btn-sm" type="button" disabled={disabled} onClick={() => onCreate(false)}>
        {busy ? 'Creating…' : label}
      </button>
      <button className="btn btn-sm" type="button" disabled={disabled || email != null} title={email ?? undefined} onClick={() => onCreate(true)}>
        {label} and email it
      </button>
    </div>
  );
}

/** "Create link" (QR and text) and, when email works, "Create and email"; then the link itself. */
export function LinkCreator({ action, id, label, email }: { action: LinkAction; id?: number; label: string; email: string | null }) {
  const [state, dispatch, pending] = useActionState(action, {});
  return (
    <div className="link-creator">
      <LinkButtons
        label={label}
        email={email}
        disabled={pending}
        busy={pending}
        onCreate={(withEmail) => startTransition(() => dispatch(linkForm(id, withEmail)))}
      />
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
