'use client';

import { GLOBAL_IMPRESSION } from '@/lib/domain/patient-questions';

/** The 7-point global impression of change, one large option per line. */
export function GlobalImpressionInput({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }) {
  return (
    <fieldset className="impression" aria-describedby="globalImpression-error" aria-invalid={error ? true : undefined}>
      <legend>Compared with before your treatment, how are you now?</legend>
      <div className="impression-options" role="radiogroup" aria-label="Change since treatment">
        {GLOBAL_IMPRESSION.map((g) => (
          <label key={g.value} className="impression-option">
            <input type="radio" name="globalImpression" value={g.value} checked={value === String(g.value)} onChange={() => onChange(String(g.value))} />
            {g.label}
          </label>
        ))}
      </div>
      <span className="field-error" id="globalImpression-error" aria-live="polite">
        {error}
      </span>
    </fieldset>
  );
}
