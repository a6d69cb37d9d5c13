'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_STROKE, NEUTRAL_SERIES } from './chart-colors';

export interface InjectionPoint {
  session: number;
  meanInjections: number | null;
}

/** Mean injections per session by session number (review sessions count as zero). */
export function InjectionsChart({ points }: { points: InjectionPoint[] }) {
  return (
    <div className="chart-box" data-testid="chart-injections" aria-hidden>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: -18 }}>
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="session" tickLine={false} fontSize={12} />
          <YAxis allowDecimals={false} tickLine={false} fontSize={12} />
          <Tooltip
            formatter={(value) => [typeof value === 'number' ? value.toFixed(1) : '', 'Mean injections']}
            labelFormatter={(s) => `Session ${s}`}
          />
          <Bar dataKey="meanInjections" name="Mean injections" fill={NEUTRAL_SERIES} radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
