'use client';

import { useActionState } from 'react';
import { createStaffAction, type StaffFormState } from '@/lib/actions/staff-actions';
import { OneTimePassword } from './one-time-password';

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <div id={id} className="field-error" aria-live="polite">
      {messages?.[0]}
    </div>
  );
}

export function StaffCreateForm() {
  const [state, action, pending] = useActionState<StaffFormState, FormData>(createStaffAction, {});
  const v = state.values ?? {};
  const err = state.errors ?? {};
  return (
    <form action={action} className="card" aria-labelledby="create-staff-title" noValidate>
      <h2 id="create-staff-title" style={{ marginBottom: 14 }}>
        Add a staff member
      </h2>
      {state.message && !state.ok && <div className="form-error" role="alert">{state.message}</div>}
      {state.ok && (
        <div className="form-ok" role="status">
          {state.ok}
          {state.password && <OneTimePassword password={state.password} />}
        </div>
      )}
      <div className="field">
        <label htmlFor="staff-name">Full name</label>
        <input id="staff-name" name="name" type="text" autoComplete="off" defaultValue={v.name ?? ''}
          aria-invalid={!!err.name} aria-describedby="staff-name-error" />
        <FieldError id="staff-name-error" messages={err.name} />
      </div>
      <div className="field">
        <label htmlFor="staff-email">Work email</label>
        <input id="staff-email" name="email" type="email" autoComplete="off" defaultValue={v.email ?? ''}
          aria-invalid={!!err.email} aria-describedby="staff-email-error" />
        <FieldError id="staff-email-error" messages={err.email} />
      </div>
      <div className="field">
        <label htmlFor="staff-role">Role</label>
        <select id="staff-role" name="role" defaultValue={v.role ?? 'specialist'} key={v.role ?? 'specialist'}
          aria-invalid={!!err.role} aria-describedby="staff-role-error">
          <option value="specialist">Specialist</option>
          <option value="manager">Manager</option>
          <option value="admin">Admin</option>
        </select>
        <FieldError id="staff-role-error" messages={err.role} />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
