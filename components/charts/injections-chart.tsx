'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { INJECTION_COLOUR } from './series';

export interface InjectionPoint {
  label: string;
  injections: number;
}

/** Injections per session: the count should fall as healing progresses. */
export function InjectionsChart({ data }: { data: InjectionPoint[] }) {
  return (
    <div style={{ width: '100%', height: 300 }} data-testid="injections-chart" aria-hidden>
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 18, right: 16, bottom: 4, left: -12 }}>
          <CartesianGrid stroke="#e6e9ee" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="injections" name="Injections" fill={INJECTION_COLOUR} stroke="#2b7fae" radius={[4, 4, 0, 0]} isAnimationActive={false}>
            <LabelList dataKey="injections" position="top" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
