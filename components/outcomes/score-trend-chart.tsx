'use client';

import { Area, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, ChartFrame, ChartTooltip } from '@/components/charts/chart-frame';
import { CHART_COLOURS, MEASURE_SERIES, type MeasureKey } from '@/components/charts/palette';

export interface ScorePoint {
  session: number;
  mean: number | null;
  band: [number, number] | null;
  n: number;
}

const fmt = (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : Array.isArray(v) ? v.map((x) => Number(x).toFixed(1)).join('–') : '');

/** One measure's cohort mean by session number, with its 95 % confidence band. */
export function ScoreTrendChart({ measure, points }: { measure: MeasureKey; points: ScorePoint[] }) {
  const colour = MEASURE_SERIES[measure].colour;
  const data = points.map((p) => ({
    ...p,
    band: p.band ? [Math.max(0, p.band[0]), Math.min(10, p.band[1])] : null,
  }));
  return (
    <ChartFrame testId={`chart-${measure}`} height={200}>
      <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -18 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
        <XAxis dataKey="session" tick={AXIS_TICK} tickLine={false} />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} tickLine={false} />
        <ChartTooltip formatter={(value, name) => [fmt(value), name]} labelFormatter={(s) => `Session ${s}`} />
        <Area dataKey="band" name="95% CI" stroke="none" fill={colour} fillOpacity={0.18} isAnimationActive={false} connectNulls />
        <Line dataKey="mean" name="Mean" stroke={colour} strokeWidth={2.5} dot={{ r: 3, fill: colour }} isAnimationActive={false} connectNulls />
      </ComposedChart>
    </ChartFrame>
  );
}
