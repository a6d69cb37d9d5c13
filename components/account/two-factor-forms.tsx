'use client';

import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorAction,
} from '@/lib/actions/account-actions';
import { ActionForm, SubmitButton } from '../form/action-form';
import { TextField } from '../form/fields';

const CODE_INPUT = { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 64, className: 'input-code' } as const;

export function StartTwoFactorForm({ again }: { again?: boolean }) {
  return (
    <ActionForm action={startTwoFactorAction} aria-label={again ? 'Start again with a new secret' : 'Set up two-factor sign-in'}>
      <SubmitButton className={again ? 'btn' : 'btn btn-primary'}>{again ? 'Start again with a new secret' : 'Set up two-factor sign-in'}</SubmitButton>
    </ActionForm>
  );
}

export function ConfirmTwoFactorForm() {
  return (
    <ActionForm action={confirmTwoFactorAction} submitLabel="Switch on" replaceOnSuccess aria-label="Confirm two-factor sign-in">
      <TextField name="code" label="Code from the app" required {...CODE_INPUT} help="The 6 digits your app shows now." />
    </ActionForm>
  );
}

export function RegenerateRecoveryCodesForm() {
  return (
    <ActionForm action={regenerateRecoveryCodesAction} submitLabel="New recovery codes" replaceOnSuccess aria-label="New recovery codes">
      <TextField name="code" label="Code from the app" required {...CODE_INPUT} />
    </ActionForm>
  );
}

export function DisableTwoFactorForm() {
  return (
    <ActionForm
      action={disableTwoFactorAction}
      submitLabel="Switch off"
      aria-label="Switch off two-factor sign-in"
      confirmMessage="Switch off two-factor sign-in? Your password alone will then sign you in."
    >
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <TextField name="code" label="Code from the app or a recovery code" required {...CODE_INPUT} inputMode="text" />
    </ActionForm>
  );
}
