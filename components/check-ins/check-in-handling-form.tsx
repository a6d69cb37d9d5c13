'use client';

import Link from 'next/link';
import { CHECK_IN_HANDLINGS } from '@/db/value-sets';
import { CHECK_IN_HANDLING_LABELS } from '@/lib/domain/check-in';
import type { FormState } from '@/lib/validation/form-errors';
import { ActionForm } from '../form/action-form';
import { SelectField, TextAreaField } from '../form/fields';

const OPTIONS = CHECK_IN_HANDLINGS.map((h) => ({ value: h, label: CHECK_IN_HANDLING_LABELS[h] }));

/** What the specialist did about a red-flag check-in; an adverse event is recorded first with the course page's form. */
export function CheckInHandlingForm({
  action,
  recordAdverseEventHref,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  recordAdverseEventHref: string;
}) {
  return (
    <ActionForm action={action} submitLabel="Record what was done" aria-label="Record what was done about the check-in" className="check-in-handling">
      <SelectField name="handling" label="What was done" required options={OPTIONS} placeholder="Choose…" />
      <p className="small muted">
        An adverse event? <Link href={recordAdverseEventHref}>Record it</Link> (attributed to this session), then choose “Adverse event recorded”.
      </p>
      <TextAreaField name="note" label="Note (optional)" />
    </ActionForm>
  );
}
