'use client';

import { changePasswordAction } from '@/lib/actions/account-actions';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation/account';
import { ActionForm } from '../form/action-form';
import { TextField } from '../form/fields';

export function ChangePasswordForm() {
  return (
    <ActionForm action={changePasswordAction} submitLabel="Change password" className="card" aria-label="Change password">
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        help={`At least ${PASSWORD_MIN_LENGTH} characters. You will sign in again with it.`}
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required />
    </ActionForm>
  );
}
