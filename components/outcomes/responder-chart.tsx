'use client';

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_STROKE, RESPONDER_GREEN, RESPONDER_GREEN_LIGHT } from './chart-colors';

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
    <div className="chart-box" data-testid="chart-responders" aria-hidden>
      <ResponsiveContainer width="100%" height={Math.max(160, 30 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" tickLine={false} fontSize={12} />
          <YAxis type="category" dataKey="name" width={210} tickLine={false} fontSize={12} interval={0} />
          <Tooltip formatter={(value) => [`${value}%`, 'Responder rate']} />
          <Bar dataKey="percent" name="Responder rate" fill={RESPONDER_GREEN} radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.small ? RESPONDER_GREEN_LIGHT : RESPONDER_GREEN} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
