'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES } from './series';

export interface ProgressPoint {
  label: string;
  pain: number | null;
  mobility: number | null;
  sleep: number | null;
  /** A follow-up the patient answered after the last injection: drawn filled, after a "Patient-reported" marker. */
  patientReported?: boolean;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  stroke?: string;
  value?: number | null;
  payload?: ProgressPoint;
}

/** Each measure keeps its own marker shape, so equal scores never hide a series. */
function Marker({ cx, cy, stroke, value, shape, payload }: DotProps & { shape: 'pain' | 'mobility' | 'sleep' }) {
  if (cx == null || cy == null || value == null) return null;
  const common = payload?.patientReported
    ? { stroke, strokeWidth: 2, fill: stroke, className: `dot-${shape}-patient dot-patient` }
    : { stroke, strokeWidth: 2, fill: '#fff', className: `dot-${shape}` };
  if (shape === 'mobility') return <rect x={cx - 4.5} y={cy - 4.5} width={9} height={9} {...common} />;
  if (shape === 'sleep') return <path d={`M${cx} ${cy - 6} L${cx + 6} ${cy + 4.5} L${cx - 6} ${cy + 4.5} Z`} {...common} />;
  return <circle cx={cx} cy={cy} r={4.5} {...common} />;
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
            <ReferenceLine x={data[0].label} stroke="#6b7280" strokeDasharray="4 4" label={{ value: 'Baseline', position: 'insideTopLeft', offset: 6, fontSize: 11, fill: '#4b5563' }} />
          )}
          {data.some((d) => d.patientReported) && (
            <ReferenceLine x={data.find((d) => d.patientReported)!.label} stroke="#6b7280" strokeDasharray="2 4" label={{ value: 'Patient-reported', position: 'insideTopRight', offset: 6, fontSize: 11, fill: '#4b5563' }} />
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
              dot={(props: DotProps) => <Marker key={`${key}-${props.index}`} {...props} shape={key} />}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
