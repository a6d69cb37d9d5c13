'use client';

import { ActionForm } from '../form/action-form';
import { SelectField, TextField } from '../form/fields';
import type { FormState } from '@/lib/validation/form-errors';

interface PatientFormValues {
  mrn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: string;
  phone: string | null;
  email: string | null;
  weightKg: number | null;
}

const SEX_OPTIONS = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Other' },
  { value: 'unknown', label: 'Not recorded' },
];

export function PatientForm({
  action,
  initial,
  submitLabel,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial?: PatientFormValues;
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} submitLabel={submitLabel} className="card" aria-label="Patient details">
      <div className="form-grid">
        <TextField name="mrn" label="MRN (clinic record number)" required defaultValue={initial?.mrn} autoComplete="off" />
        <TextField name="givenName" label="Given name" required defaultValue={initial?.givenName} autoComplete="off" />
        <TextField name="familyName" label="Family name" required defaultValue={initial?.familyName} autoComplete="off" />
        <TextField name="dateOfBirth" label="Date of birth" type="date" required defaultValue={initial?.dateOfBirth} />
        <SelectField name="sex" label="Sex" required options={SEX_OPTIONS} defaultValue={initial?.sex} placeholder="Choose…" />
        <TextField name="phone" label="Phone" type="text" defaultValue={initial?.phone} autoComplete="off" />
        <TextField name="email" label="Email" type="email" defaultValue={initial?.email} autoComplete="off" />
        <TextField
          name="weightKg"
          label="Weight (kg)"
          type="number"
          step="0.1"
          inputMode="decimal"
          defaultValue={initial?.weightKg}
          help="Used to check anaesthetic doses per kg"
        />
      </div>
    </ActionForm>
  );
}
