'use client';

import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, ChartFrame, ChartTooltip } from '@/components/charts/chart-frame';
import { CHART_COLOURS, MEASURE_KEYS, MEASURE_SERIES } from '@/components/charts/palette';

/** One bin on the weeks axis: the mean of each measure at sessions and at follow-ups (null when none). */
export type WeekRow = { week: number } & Record<string, number | null>;

const fmt = (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : '');

/** Cohort means by weeks since course start; follow-ups (patient-reported, hollow markers) continue the curves. */
export function WeekCurvesChart({ rows, lastInjectionWeek }: { rows: WeekRow[]; lastInjectionWeek: number | null }) {
  return (
    <ChartFrame testId="chart-weeks" height={260}>
      <ComposedChart data={rows} margin={{ top: 18, right: 12, bottom: 4, left: -18 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
        <XAxis dataKey="week" type="number" domain={[0, 'dataMax']} tick={AXIS_TICK} tickLine={false} unit=" wk" />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} tickLine={false} />
        <ChartTooltip formatter={(value, name) => [fmt(value), name]} labelFormatter={(w) => `Weeks ${w}–${Number(w) + 3}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {lastInjectionWeek != null && (
          <ReferenceLine
            x={lastInjectionWeek}
            stroke={CHART_COLOURS.reference}
            strokeDasharray="4 4"
            label={{ value: 'last injection (median)', position: 'top', fontSize: 11 }}
          />
        )}
        {MEASURE_KEYS.map((m) => (
          <Line
            key={`${m}-session`}
            dataKey={`${m}Session`}
            name={`${MEASURE_SERIES[m].label} (sessions)`}
            stroke={MEASURE_SERIES[m].colour}
            strokeDasharray={MEASURE_SERIES[m].dash}
            strokeWidth={2}
            dot={{ r: 2.5, fill: MEASURE_SERIES[m].colour }}
            isAnimationActive={false}
            connectNulls
          />
        ))}
        {MEASURE_KEYS.map((m) => (
          <Line
            key={`${m}-follow-up`}
            dataKey={`${m}FollowUp`}
            name={`${MEASURE_SERIES[m].label} (follow-ups, patient-reported)`}
            stroke={MEASURE_SERIES[m].colour}
            strokeDasharray="1 4"
            strokeWidth={1.5}
            dot={{ r: 4, fill: 'var(--surface)', stroke: MEASURE_SERIES[m].colour, strokeWidth: 2 }}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}
