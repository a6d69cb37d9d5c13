'use client';

const VALUES = Array.from({ length: 11 }, (_, i) => i);

/** A 0–10 score as a row of large radio buttons, plus a box to type the number. */
export function ScoreInput({
  name,
  label,
  hint,
  lowLabel,
  highLabel,
  value,
  error,
  onChange,
}: {
  name: string;
  label: string;
  hint: string;
  lowLabel: string;
  highLabel: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <fieldset className="score" aria-describedby={`${hintId} ${errorId}`} aria-invalid={error ? true : undefined}>
      <legend>
        <span className={`score-swatch key-${name}`} aria-hidden />
        {label}
        <span className="score-hint" id={hintId}>
          {hint}
        </span>
      </legend>
      <div className="score-row">
        <div className="score-buttons" role="radiogroup" aria-label={`${label} score`}>
          {VALUES.map((v) => (
            <label key={v} className={`score-button${value === String(v) ? ' selected' : ''}`}>
              <input type="radio" name={`${name}-radio`} value={v} checked={value === String(v)} onChange={() => onChange(String(v))} />
              <span>{v}</span>
            </label>
          ))}
        </div>
        <label className="score-typed">
          <span aria-hidden>or type</span>
          <span className="visually-hidden">{label} score, typed</span>
          <input
            type="number"
            inputMode="numeric"
            name={name}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            data-testid={`${name}-typed`}
          />
        </label>
      </div>
      <div className="score-scale" aria-hidden>
        <span>0 · {lowLabel}</span>
        <span>10 · {highLabel}</span>
      </div>
      <span className="field-error" id={errorId} aria-live="polite">
        {error}
      </span>
    </fieldset>
  );
}
