'use client';

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, ChartFrame, ChartTooltip } from './chart-frame';
import { CHART_COLOURS } from './palette';

export interface InjectionBar {
  /** Under the bar: "2 · 12 Mar" for a course, "2" for the cohort. */
  label: string;
  /** Above the tooltip: "Session 2". */
  title: string;
  injections: number | null;
}

/** Whole counts as they are, means to one decimal. */
const shown = (value: unknown) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(1)) : '');

/**
 * Injections by session, as bars: one course's count per session, or the cohort's mean per session number.
 * The count should fall as healing progresses.
 */
export function InjectionsChart({ bars, name, testId, height }: { bars: InjectionBar[]; name: string; testId: string; height: number }) {
  return (
    <ChartFrame testId={testId} height={height}>
      <BarChart data={bars} margin={{ top: 18, right: 12, bottom: 4, left: -18 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} />
        <ChartTooltip
          formatter={(value) => [shown(value), name]}
          labelFormatter={(label, payload) => (payload?.[0]?.payload as InjectionBar | undefined)?.title ?? label}
        />
        <Bar
          dataKey="injections"
          name={name}
          fill={CHART_COLOURS.injections}
          stroke={CHART_COLOURS.injectionsEdge}
          radius={[4, 4, 0, 0]}
          isAnimationActive={false}
        >
          <LabelList dataKey="injections" position="top" fontSize={12} formatter={shown} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
