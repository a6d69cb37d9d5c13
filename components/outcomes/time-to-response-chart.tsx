'use client';

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, ChartFrame, ChartTooltip } from '@/components/charts/chart-frame';
import { CHART_COLOURS } from '@/components/charts/palette';

export interface CurvePoint {
  session: number;
  share: number;
  atRisk: number;
}

/** Kaplan–Meier share of courses responded by session number, drawn as a step curve. */
export function TimeToResponseChart({ points }: { points: CurvePoint[] }) {
  const data = points.map((p) => ({ ...p, percent: Math.round(p.share * 1000) / 10 }));
  return (
    <ChartFrame testId="chart-time-to-response" height={220}>
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
        <XAxis dataKey="session" tick={AXIS_TICK} tickLine={false} />
        <YAxis domain={[0, 100]} unit="%" tick={AXIS_TICK} tickLine={false} />
        <ChartTooltip formatter={(value) => [`${value}%`, 'Responded']} labelFormatter={(s) => `By session ${s}`} />
        <Line
          type="stepAfter"
          dataKey="percent"
          name="Responded"
          stroke={CHART_COLOURS.responder}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
