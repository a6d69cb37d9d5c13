'use client';

import { ActionForm } from '../form/action-form';
import { TextAreaField } from '../form/fields';
import type { FormState } from '@/lib/validation/form-errors';

/** The specialist's plan or comment, then the letter is generated, stored and listed. */
export function LetterForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  return (
    <ActionForm action={action} submitLabel="Generate letter (PDF)" aria-label="New progress letter">
      <TextAreaField
        name="plan"
        label="Plan and comments for the referrer"
        help="Printed above your signature, e.g. next steps, home exercises, when to review. The scores, sessions, sites and adverse events are added from the record."
      />
    </ActionForm>
  );
}
