export type FigureTone = 'green' | 'amber' | 'red' | 'pain' | 'mobility' | 'sleep';

/** One headline figure card: a label, the value and a hint saying what it rests on. */
export function Figure({
  label,
  value,
  hint,
  tone,
  compact,
  valueClassName,
  testId,
  data,
}: {
  label: string;
  value: React.ReactNode;
  hint?: React.ReactNode;
  /** Meaning colour of the value, or the measure's colour along the top edge. */
  tone?: FigureTone;
  /** For a value that is words or badges rather than a number. */
  compact?: boolean;
  valueClassName?: string;
  testId?: string;
  /** `data-*` attributes on the value, for the numbers behind it (e.g. a rate's count and n). */
  data?: Record<string, string | number>;
}) {
  const dataAttributes = Object.fromEntries(Object.entries(data ?? {}).map(([key, value]) => [`data-${key}`, value]));
  const className = ['figure', tone && `figure-${tone}`, compact && 'figure-compact'].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <div className="label">{label}</div>
      <div className={valueClassName ? `value ${valueClassName}` : 'value'} data-testid={testId} {...dataAttributes}>
        {value}
      </div>
      {hint != null && <div className="hint">{hint}</div>}
    </div>
  );
}
