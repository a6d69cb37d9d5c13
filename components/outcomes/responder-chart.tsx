'use client';

import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, ChartFrame, ChartTooltip } from '@/components/charts/chart-frame';
import { CHART_COLOURS } from '@/components/charts/palette';

export interface ResponderBar {
  label: string;
  rate: number;
  assessable: number;
  /** Too few courses to judge: drawn in a lighter shade. */
  small: boolean;
}

/** Responder rate by condition, as horizontal bars (percent). */
export function ResponderChart({ bars }: { bars: ResponderBar[] }) {
  const data = bars.map((b) => ({ ...b, percent: Math.round(b.rate * 100), name: `${b.label} (n=${b.assessable}${b.small ? ', too few' : ''})` }));
  return (
    <ChartFrame testId="chart-responders" height={Math.max(160, 30 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLOURS.grid} horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={AXIS_TICK} tickLine={false} />
        <YAxis type="category" dataKey="name" width={210} tick={AXIS_TICK} tickLine={false} interval={0} />
        <ChartTooltip formatter={(value) => [`${value}%`, 'Responder rate']} />
        <Bar dataKey="percent" name="Responder rate" fill={CHART_COLOURS.responder} radius={[0, 4, 4, 0]} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.label} fill={d.small ? CHART_COLOURS.responderSmall : CHART_COLOURS.responder} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
