'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES } from './series';

export interface ProgressPoint {
  label: string;
  pain: number | null;
  mobility: number | null;
  sleep: number | null;
}

/** Pain, mobility and sleep by session on a fixed 0–10 axis, with the baseline session marked. */
export function ProgressChart({ data }: { data: ProgressPoint[] }) {
  return (
    <div style={{ width: '100%', height: 300 }} data-testid="progress-chart" aria-hidden>
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 18, right: 16, bottom: 4, left: -12 }}>
          <CartesianGrid stroke="#e6e9ee" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {data.length > 0 && (
            <ReferenceLine x={data[0].label} stroke="#6b7280" strokeDasharray="4 4" label={{ value: 'Baseline', position: 'top', fontSize: 11, fill: '#4b5563' }} />
          )}
          {(['pain', 'mobility', 'sleep'] as const).map((key) => (
            <Line
              key={key}
              type="monotone"
              dataKey={key}
              name={SERIES[key].label}
              stroke={SERIES[key].colour}
              strokeWidth={2.5}
              strokeDasharray={SERIES[key].dash}
              dot={{ r: 4, strokeWidth: 2, fill: '#fff', className: `dot-${key}` }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
