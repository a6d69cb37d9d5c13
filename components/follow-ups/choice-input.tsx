'use client';

/** One question with a few large options (radio buttons), for patients' pages; `columns` lays short options side by side. */
export function ChoiceInput({
  name,
  legend,
  options,
  value,
  error,
  onChange,
  columns,
}: {
  name: string;
  legend: string;
  options: readonly { value: string | number; label: string }[];
  value: string;
  error?: string;
  onChange: (value: string) => void;
  columns?: boolean;
}) {
  return (
    <fieldset className="impression" aria-describedby={`${name}-error`} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      <div className={columns ? 'impression-options impression-columns' : 'impression-options'} role="radiogroup" aria-label={legend}>
        {options.map((o) => (
          <label key={o.value} className="impression-option">
            <input type="radio" name={name} value={o.value} checked={value === String(o.value)} onChange={() => onChange(String(o.value))} />
            {o.label}
          </label>
        ))}
      </div>
      <span className="field-error" id={`${name}-error`} aria-live="polite">
        {error}
      </span>
    </fieldset>
  );
}
