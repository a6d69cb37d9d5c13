import { betterDirection, MEASURE_SERIES, type MeasureKey } from '@/components/charts/palette';
import { Figure } from '@/components/figure';
import { changeText } from '@/lib/domain/course-figures';

/** Change from baseline for one score, coloured by whether it moved in the better direction. */
export function ChangeFigure({ measure, change: rawChange, assessable }: { measure: MeasureKey; change: number | null; assessable: boolean }) {
  const { label, lowerIsBetter } = MEASURE_SERIES[measure];
  const change = assessable ? rawChange : null;
  const better = change != null && change !== 0 && (lowerIsBetter ? change < 0 : change > 0);
  const worse = change != null && change !== 0 && !better;
  const text = changeText(rawChange, assessable);
  return (
    <Figure
      label={`${label} change`}
      value={text}
      valueClassName={better ? 'trend-better' : worse ? 'trend-worse' : undefined}
      testId={`change-${measure}`}
      hint={`${assessable ? 'from baseline' : 'needs a second session'} · ${betterDirection(measure)}`}
    />
  );
}
