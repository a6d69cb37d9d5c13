import { changeText } from '@/lib/domain/course-figures';

/** Change from baseline for one score, coloured by whether it moved in the better direction. */
export function ChangeFigure({
  label,
  change: rawChange,
  lowerIsBetter,
  assessable,
}: {
  label: string;
  change: number | null;
  lowerIsBetter: boolean;
  assessable: boolean;
}) {
  const change = assessable ? rawChange : null;
  const better = change != null && change !== 0 && (lowerIsBetter ? change < 0 : change > 0);
  const worse = change != null && change !== 0 && !better;
  const text = changeText(rawChange, assessable);
  return (
    <div className="figure">
      <div className="label">{label} change</div>
      <div className={`value ${better ? 'trend-better' : worse ? 'trend-worse' : ''}`} data-testid={`change-${label.toLowerCase()}`}>
        {text}
      </div>
      <div className="hint">{assessable ? 'from baseline' : 'needs a second session'} · {lowerIsBetter ? 'lower is better' : 'higher is better'}</div>
    </div>
  );
}
