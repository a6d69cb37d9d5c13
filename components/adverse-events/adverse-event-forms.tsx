'use client';

import { ADVERSE_EVENT_TYPES, ADVERSE_SEVERITIES } from '@/db/value-sets';
import { ADVERSE_EVENT_LABELS, ADVERSE_SEVERITY_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/validation/form-errors';
import { ActionForm } from '../form/action-form';
import { SelectField, TextAreaField, TextField } from '../form/fields';

type Action = (s: FormState, f: FormData) => Promise<FormState>;

const TYPE_OPTIONS = ADVERSE_EVENT_TYPES.map((t) => ({ value: t, label: ADVERSE_EVENT_LABELS[t] }));
const SEVERITY_OPTIONS = ADVERSE_SEVERITIES.map((s) => ({ value: s, label: ADVERSE_SEVERITY_LABELS[s] }));

/** Records an adverse event at any time, attributed to any session of the course. */
export function RecordAdverseEventForm({
  action,
  sessions,
  today,
  defaultSessionId,
}: {
  action: Action;
  sessions: { id: number; label: string }[];
  today: string;
  /** Pre-attributed session (e.g. from a check-in answer); the latest session otherwise. */
  defaultSessionId?: string;
}) {
  const last = sessions.find((s) => String(s.id) === defaultSessionId) ?? sessions.at(-1);
  return (
    <ActionForm action={action} submitLabel="Record adverse event" aria-label="Record adverse event" resetOnSuccess>
      <div className="form-grid">
        <SelectField
          name="sessionId"
          label="Attributed to session"
          required
          options={sessions.map((s) => ({ value: String(s.id), label: s.label }))}
          defaultValue={last ? String(last.id) : ''}
          placeholder="Choose…"
        />
        <SelectField name="type" label="Type" required options={TYPE_OPTIONS} placeholder="Choose…" />
        <SelectField name="severity" label="Severity" required options={SEVERITY_OPTIONS} placeholder="Choose…" />
        <TextField name="onsetDate" label="Onset" type="date" max={today} defaultValue={today} required />
        <TextField name="resolutionDate" label="Resolved on" type="date" max={today} help="Leave blank while ongoing" />
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="serious" /> Serious (hospital admission, emergency visit or lasting harm)
        </label>
      </div>
      <TextAreaField name="description" label="What happened" help="Required for “Other”" />
      <TextAreaField name="actionTaken" label="Action taken" />
    </ActionForm>
  );
}

export function ResolveAdverseEventForm({ action, today, label }: { action: Action; today: string; label: string }) {
  return (
    <ActionForm action={action} submitLabel="Mark resolved" aria-label={label} className="inline-form">
      <TextField name="resolutionDate" label="Resolved on" type="date" max={today} defaultValue={today} required />
    </ActionForm>
  );
}
