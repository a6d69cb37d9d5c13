'use client';

import { GLOBAL_IMPRESSION } from '@/lib/domain/patient-questions';
import { ChoiceInput } from './choice-input';

/** The 7-point global impression of change, one large option per line. */
export function GlobalImpressionInput({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }) {
  return (
    <ChoiceInput
      name="globalImpression"
      legend="Compared with before your treatment, how are you now?"
      options={GLOBAL_IMPRESSION}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
