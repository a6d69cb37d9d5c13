'use client';

import { useState } from 'react';
import { ActionForm } from '../form/action-form';
import { SelectField, TextAreaField, TextField } from '../form/fields';
import { CONDITIONS, findCondition } from '@/lib/domain/conditions';
import { REGIONS, SIDED_REGIONS, type RegionCode } from '@/lib/domain/regions';
import type { FormState } from '@/lib/validation/form-errors';

const CONDITION_OPTIONS = CONDITIONS.map((c) => ({ value: c.code, label: c.label }));
const SIDED_OPTIONS = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'bilateral', label: 'Both sides' },
];

export function CourseForm({
  action,
  today,
  defaults,
  referrers,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  today: string;
  /** The clinic's default plan for a new course (settings). */
  defaults: { plannedSessions: number; intervalWeeks: number };
  referrers: readonly { value: string; label: string }[];
}) {
  const [condition, setCondition] = useState('');
  const [region, setRegion] = useState('');
  const regions = findCondition(condition)?.regions ?? [];
  const sided = SIDED_REGIONS.includes(region as RegionCode);
  return (
    <ActionForm action={action} submitLabel="Start course" className="card" aria-label="New treatment course">
      <div className="form-grid">
        <SelectField
          name="condition"
          label="Condition"
          required
          options={CONDITION_OPTIONS}
          placeholder="Choose…"
          onChange={(value) => {
            setCondition(value);
            setRegion(findCondition(value)?.regions[0] ?? '');
          }}
        />
        <SelectField
          name="region"
          label="Body region"
          required
          options={regions.map((r) => ({ value: r, label: REGIONS[r] }))}
          placeholder={condition ? undefined : 'Choose a condition first'}
          value={region}
          onChange={setRegion}
          disabled={!condition}
        />
        {sided ? (
          <SelectField key="sided" name="side" label="Side" required options={SIDED_OPTIONS} placeholder="Choose…" />
        ) : (
          <div className="field">
            <span className="label">Side</span>
            <input type="hidden" name="side" value="midline" />
            <span className="muted field-static">Midline</span>
          </div>
        )}
        <TextField name="startDate" label="Start date" type="date" required defaultValue={today} max={today} />
        <TextField
          name="plannedSessions"
          label="Planned sessions"
          type="number"
          min={1}
          max={30}
          defaultValue={defaults.plannedSessions}
          required
          help="Usually 3–6"
        />
        <TextField
          name="intervalWeeks"
          label="Interval (weeks)"
          type="number"
          min={1}
          max={12}
          defaultValue={defaults.intervalWeeks}
          required
          help="1–12 weeks; usually 4–6"
        />
        <SelectField
          name="referrerId"
          label="Referred by"
          options={referrers}
          placeholder="Not recorded"
          help="Receives the progress letters; add referrers on the Referrers page"
        />
      </div>
      <TextAreaField name="notes" label="Notes" />
    </ActionForm>
  );
}
