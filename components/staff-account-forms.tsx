'use client';

import { useActionState } from 'react';
import type { Role } from '@/db/schema';
import {
  changeRoleAction,
  resetPasswordAction,
  setActiveAction,
  type StaffFormState,
} from '@/lib/actions/staff-actions';
import { OneTimePassword } from './one-time-password';

function Outcome({ state }: { state: StaffFormState }) {
  return (
    <div aria-live="polite">
      {state.message && !state.ok && <div className="form-error" role="alert">{state.message}</div>}
      {state.ok && (
        <div className="form-ok" role="status">
          {state.ok}
          {state.password && <OneTimePassword password={state.password} />}
        </div>
      )}
    </div>
  );
}

export function RoleForm({ id, role, self }: { id: number; role: Role; self: boolean }) {
  const [state, action, pending] = useActionState<StaffFormState, FormData>(changeRoleAction, {});
  return (
    <form action={action} className="card" aria-labelledby="role-title">
      <h2 id="role-title" style={{ marginBottom: 12 }}>Role</h2>
      <Outcome state={state} />
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor="role">Role</label>
        <select id="role" name="role" defaultValue={state.values?.role ?? role} aria-describedby="role-help role-error"
          aria-invalid={!!state.errors?.role}>
          <option value="specialist">Specialist</option>
          <option value="manager">Manager</option>
          <option value="admin">Admin</option>
        </select>
        <div id="role-error" className="field-error">{state.errors?.role?.[0]}</div>
        <div id="role-help" className="help">
          {self ? 'You cannot remove your own admin role.' : 'Takes effect at their next page load.'}
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>{pending ? 'Saving…' : 'Save role'}</button>
    </form>
  );
}

export function ResetPasswordForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState<StaffFormState, FormData>(resetPasswordAction, {});
  return (
    <form action={action} className="card" aria-labelledby="reset-title">
      <h2 id="reset-title" style={{ marginBottom: 6 }}>Password</h2>
      <p className="muted small" style={{ marginTop: 0 }}>
        Generates a new password and signs them out everywhere.
      </p>
      <Outcome state={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="btn" disabled={pending}>{pending ? 'Resetting…' : 'Reset password'}</button>
    </form>
  );
}

export function ActiveForm({ id, active, self }: { id: number; active: boolean; self: boolean }) {
  const [state, action, pending] = useActionState<StaffFormState, FormData>(setActiveAction, {});
  return (
    <form action={action} className="card" aria-labelledby="active-title">
      <h2 id="active-title" style={{ marginBottom: 6 }}>Access</h2>
      <p className="muted small" style={{ marginTop: 0 }}>
        {active
          ? 'Deactivating ends their access at their next request. Accounts are never deleted: records keep their author.'
          : 'This account is deactivated and cannot sign in.'}
      </p>
      <Outcome state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <button type="submit" className={active ? 'btn btn-danger' : 'btn'} disabled={pending || (self && active)}>
        {active ? 'Deactivate account' : 'Reactivate account'}
      </button>
      {self && active && <p className="help muted small">You cannot deactivate your own account.</p>}
    </form>
  );
}
