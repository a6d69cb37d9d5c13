'use client';

import type { FormState } from '@/lib/validation/form-errors';
import { ActionForm } from '../form/action-form';
import { SelectField, TextField } from '../form/fields';

type Action = (s: FormState, f: FormData) => Promise<FormState>;

export function RecordConsentForm({
  action,
  versions,
  today,
}: {
  action: Action;
  versions: { id: number; title: string; appliesFrom: string }[];
  today: string;
}) {
  const current = versions.find((v) => v.appliesFrom <= today);
  return (
    <ActionForm action={action} submitLabel="Record consent" aria-label="Record consent" resetOnSuccess>
      <div className="form-grid">
        <SelectField
          name="versionId"
          label="Consent form"
          required
          options={versions.map((v) => ({ value: String(v.id), label: `${v.title} (from ${v.appliesFrom})` }))}
          defaultValue={current ? String(current.id) : ''}
          placeholder="Choose…"
        />
        <TextField name="consentDate" label="Date of consent" type="date" max={today} defaultValue={today} required />
        <TextField name="witness" label="Witness" help="Name of the person who witnessed it, if any" />
      </div>
    </ActionForm>
  );
}
