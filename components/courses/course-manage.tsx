'use client';

import { ActionForm } from '../form/action-form';
import { SelectField, TextAreaField, TextField } from '../form/fields';
import type { FormState } from '@/lib/validation/form-errors';

type Action = (s: FormState, f: FormData) => Promise<FormState>;

export function CloseCourseForm({ action, today }: { action: Action; today: string }) {
  return (
    <ActionForm
      action={action}
      submitLabel="Close course"
      aria-label="Close course"
      confirmMessage="Close this course? No more sessions can be logged on it."
    >
      <div className="form-grid">
        <SelectField
          name="status"
          label="Outcome"
          required
          placeholder="Choose…"
          options={[
            { value: 'completed', label: 'Completed' },
            { value: 'discontinued', label: 'Discontinued' },
          ]}
        />
        <TextField name="endDate" label="End date" type="date" defaultValue={today} max={today} required />
      </div>
      <TextField name="endReason" label="Reason" required help="e.g. goals met, moved away, insufficient improvement" />
    </ActionForm>
  );
}

export function CourseNotesForm({ action, notes }: { action: Action; notes: string | null }) {
  return (
    <ActionForm action={action} submitLabel="Save notes" aria-label="Course notes">
      <TextAreaField name="notes" label="Course notes" defaultValue={notes} />
    </ActionForm>
  );
}
