'use client';

import type { Role } from '@/db/schema';
import { changeRoleAction, resetPasswordAction, resetTwoFactorAction, setActiveAction, unlockAccountAction } from '@/lib/actions/staff-actions';
import { ActionForm, SubmitButton } from '../form/action-form';
import { SelectField } from '../form/fields';
import { ROLE_OPTIONS } from './role-options';

function Card({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className={intro ? 'section-title-tight' : 'section-title'}>
        {title}
      </h2>
      {intro && <p className="muted small section-intro">{intro}</p>}
      {children}
    </section>
  );
}

export function RoleForm({ id, role, self }: { id: number; role: Role; self: boolean }) {
  return (
    <Card id="role-title" title="Role">
      <ActionForm action={changeRoleAction} submitLabel="Save role">
        <input type="hidden" name="id" value={id} />
        <SelectField
          name="role"
          label="Role"
          options={ROLE_OPTIONS}
          defaultValue={role}
          help={self ? 'You cannot remove your own admin role.' : 'Takes effect at their next page load.'}
        />
      </ActionForm>
    </Card>
  );
}

export function ResetPasswordForm({ id }: { id: number }) {
  return (
    <Card id="reset-title" title="Password" intro="Generates a new password and signs them out everywhere.">
      <ActionForm action={resetPasswordAction}>
        <input type="hidden" name="id" value={id} />
        <SubmitButton className="btn">Reset password</SubmitButton>
      </ActionForm>
    </Card>
  );
}

export function ActiveForm({ id, active, self }: { id: number; active: boolean; self: boolean }) {
  return (
    <Card
      id="active-title"
      title="Access"
      intro={
        active
          ? 'Deactivating ends their access at their next request. Accounts are never deleted: records keep their author.'
          : 'This account is deactivated and cannot sign in.'
      }
    >
      <ActionForm action={setActiveAction}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="active" value={active ? 'false' : 'true'} />
        <SubmitButton className={active ? 'btn btn-danger' : 'btn'} disabled={self && active}>
          {active ? 'Deactivate account' : 'Reactivate account'}
        </SubmitButton>
        {self && active && <p className="help muted small">You cannot deactivate your own account.</p>}
      </ActionForm>
    </Card>
  );
}

export function UnlockForm({ id }: { id: number }) {
  return (
    <Card id="unlock-title" title="Sign-in locked" intro="Too many failed sign-in attempts. Unlock once you know it was them.">
      <ActionForm action={unlockAccountAction}>
        <input type="hidden" name="id" value={id} />
        <SubmitButton className="btn">Unlock account</SubmitButton>
      </ActionForm>
    </Card>
  );
}

export function ResetTwoFactorForm({ id, enabled, self }: { id: number; enabled: boolean; self: boolean }) {
  return (
    <Card
      id="two-factor-title"
      title="Two-factor sign-in"
      intro={
        enabled
          ? 'On. For a lost phone: removes their authenticator and recovery codes and signs them out everywhere.'
          : 'Off. Resetting clears an unfinished set-up and signs them out everywhere.'
      }
    >
      <ActionForm
        action={resetTwoFactorAction}
        confirmMessage="Reset their two-factor sign-in? They will sign in with their password and set it up again."
      >
        <input type="hidden" name="id" value={id} />
        <SubmitButton className="btn" disabled={self}>
          Reset two-factor
        </SubmitButton>
        {self && <p className="help muted small">Another admin can reset your own two-factor sign-in.</p>}
      </ActionForm>
    </Card>
  );
}
