'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, ChartFrame, ChartTooltip } from './chart-frame';
import { betterDirection, CHART_COLOURS, MEASURE_KEYS, MEASURE_SERIES, type MeasureKey } from './palette';

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
function Marker({ cx, cy, stroke, value, shape, payload }: DotProps & { shape: MeasureKey }) {
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
    <ChartFrame testId="progress-chart" height={300}>
      <LineChart data={data} margin={{ top: 18, right: 16, bottom: 4, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} tickLine={false} />
        <ChartTooltip />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        {data.length > 0 && (
          <ReferenceLine
            x={data[0].label}
            stroke={CHART_COLOURS.reference}
            strokeDasharray="4 4"
            label={{ value: 'Baseline', position: 'insideTopLeft', offset: 6, fontSize: 11, fill: CHART_COLOURS.reference }}
          />
        )}
        {data.some((d) => d.patientReported) && (
          <ReferenceLine
            x={data.find((d) => d.patientReported)!.label}
            stroke={CHART_COLOURS.reference}
            strokeDasharray="2 4"
            label={{ value: 'Patient-reported', position: 'insideTopRight', offset: 6, fontSize: 11, fill: CHART_COLOURS.reference }}
          />
        )}
        {MEASURE_KEYS.map((key) => (
          <Line
            key={key}
            type="monotone"
            dataKey={key}
            name={`${MEASURE_SERIES[key].label} (${betterDirection(key)})`}
            stroke={MEASURE_SERIES[key].colour}
            strokeWidth={2.5}
            strokeDasharray={MEASURE_SERIES[key].dash}
            dot={(props: DotProps) => <Marker key={`${key}-${props.index}`} {...props} shape={key} />}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
