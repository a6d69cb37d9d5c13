'use client';

import { ActionForm } from '../form/action-form';
import { SelectField } from '../form/fields';
import type { FormState } from '@/lib/validation/form-errors';

/** Names the course's referrer, who receives its progress letters. */
export function CourseReferrerForm({
  action,
  options,
  referrerId,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  options: readonly { value: string; label: string }[];
  referrerId: number | null;
}) {
  return (
    <ActionForm action={action} submitLabel="Save referrer" aria-label="Referrer of this course">
      <SelectField
        name="referrerId"
        label="Referred by"
        options={options}
        placeholder="Not recorded"
        defaultValue={referrerId == null ? '' : String(referrerId)}
      />
    </ActionForm>
  );
}
