'use client';

import { ActionForm } from '../form/action-form';
import { TextAreaField, TextField } from '../form/fields';
import type { FormState } from '@/lib/validation/form-errors';

interface ReferrerValues {
  name: string;
  practice: string | null;
  address: string | null;
  email: string | null;
}

/** Create or edit a referrer: the recipient block of every letter to them. */
export function ReferrerForm({
  action,
  referrer,
  submitLabel,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  referrer?: ReferrerValues;
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} submitLabel={submitLabel} className="card" aria-label={referrer ? 'Edit referrer' : 'New referrer'}>
      <TextField name="name" label="Name" required defaultValue={referrer?.name} help="As the letter addresses them, e.g. Dr Ann Shaw" />
      <TextField name="practice" label="Practice or hospital" defaultValue={referrer?.practice} />
      <TextAreaField name="address" label="Address" defaultValue={referrer?.address} help="One line per line of the envelope" />
      <TextField name="email" label="Email" type="email" defaultValue={referrer?.email} />
    </ActionForm>
  );
}
