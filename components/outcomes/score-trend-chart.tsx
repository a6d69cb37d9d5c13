'use client';

import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_STROKE, MEASURE_COLORS } from './chart-colors';

export interface ScorePoint {
  session: number;
  mean: number | null;
  band: [number, number] | null;
  n: number;
}

const fmt = (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : Array.isArray(v) ? v.map((x) => Number(x).toFixed(1)).join('–') : '');

/** One measure's cohort mean by session number, with its 95 % confidence band. */
export function ScoreTrendChart({ measure, points }: { measure: keyof typeof MEASURE_COLORS; points: ScorePoint[] }) {
  const color = MEASURE_COLORS[measure];
  const data = points.map((p) => ({
    ...p,
    band: p.band ? [Math.max(0, p.band[0]), Math.min(10, p.band[1])] : null,
  }));
  return (
    <div className="chart-box" data-testid={`chart-${measure}`} aria-hidden>
      <ResponsiveContainer width="100%" height={200}>
        <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -18 }}>
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="session" tickLine={false} fontSize={12} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tickLine={false} fontSize={12} />
          <Tooltip formatter={(value, name) => [fmt(value), name]} labelFormatter={(s) => `Session ${s}`} />
          <Area dataKey="band" name="95% CI" stroke="none" fill={color} fillOpacity={0.18} isAnimationActive={false} connectNulls />
          <Line dataKey="mean" name="Mean" stroke={color} strokeWidth={2.5} dot={{ r: 3, fill: color }} isAnimationActive={false} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
