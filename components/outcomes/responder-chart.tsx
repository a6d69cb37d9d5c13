'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_STROKE, RESPONDER_GREEN } from './chart-colors';

export interface ResponderBar {
  label: string;
  rate: number;
  assessable: number;
}

/** Responder rate by condition, as horizontal bars (percent). */
export function ResponderChart({ bars }: { bars: ResponderBar[] }) {
  const data = bars.map((b) => ({ ...b, percent: Math.round(b.rate * 100), name: `${b.label} (n=${b.assessable})` }));
  return (
    <div className="chart-box" data-testid="chart-responders" aria-hidden>
      <ResponsiveContainer width="100%" height={Math.max(160, 30 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" tickLine={false} fontSize={12} />
          <YAxis type="category" dataKey="name" width={210} tickLine={false} fontSize={12} interval={0} />
          <Tooltip formatter={(value) => [`${value}%`, 'Responder rate']} />
          <Bar dataKey="percent" name="Responder rate" fill={RESPONDER_GREEN} radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
