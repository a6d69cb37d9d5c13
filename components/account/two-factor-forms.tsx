'use client';

import { confirmTwoFactorAction, disableTwoFactorAction, regenerateRecoveryCodesAction, startTwoFactorAction } from '@/lib/actions/account-actions';
import { ActionForm, SubmitButton } from '../form/action-form';
import { TextField } from '../form/fields';

const CODE_INPUT = { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 64, className: 'input-code' } as const;

export function StartTwoFactorForm() {
  return (
    <ActionForm action={startTwoFactorAction} aria-label="Set up two-factor sign-in">
      <SubmitButton>Set up two-factor sign-in</SubmitButton>
    </ActionForm>
  );
}

/** The secret to add to the app and the code that confirms it; once confirmed, only the recovery codes remain. */
export function ConfirmTwoFactorForm({ secret, qrDataUrl }: { secret: string; qrDataUrl: string }) {
  return (
    <ActionForm action={confirmTwoFactorAction} submitLabel="Switch on" replaceOnSuccess aria-label="Confirm two-factor sign-in">
      <div className="totp-enrolment">
        {/* A data URL generated on the server: nothing is fetched from elsewhere. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={qrDataUrl} alt="QR code for your authenticator app" width={220} height={220} />
        <div>
          <div className="small muted">Secret (to type into the app instead):</div>
          <code className="totp-secret" data-testid="totp-secret">
            {secret}
          </code>
        </div>
      </div>
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
      aria-label="Switch off two-factor sign-in"
      confirmMessage="Switch off two-factor sign-in? Your password alone will then sign you in."
    >
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <TextField name="code" label="Code from the app or a recovery code" required {...CODE_INPUT} inputMode="text" />
      <SubmitButton className="btn btn-danger">Switch off</SubmitButton>
    </ActionForm>
  );
}
