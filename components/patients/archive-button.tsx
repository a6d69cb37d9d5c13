'use client';

import { ActionForm } from '../form/action-form';
import type { FormState } from '@/lib/validation/form-errors';

export function ArchiveButton({ action, archived }: { action: (s: FormState, f: FormData) => Promise<FormState>; archived: boolean }) {
  return (
    <ActionForm action={action} confirmMessage={archived ? undefined : 'Archive this patient? Their records stay; they leave the patient list.'}>
      <button className="btn btn-sm" type="submit">
        {archived ? 'Restore patient' : 'Archive patient'}
      </button>
    </ActionForm>
  );
}
