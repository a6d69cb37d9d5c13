'use client';

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_STROKE, RESPONDER_GREEN } from './chart-colors';

export interface CurvePoint {
  session: number;
  share: number;
  atRisk: number;
}

/** Kaplan–Meier share of courses responded by session number, drawn as a step curve. */
export function TimeToResponseChart({ points }: { points: CurvePoint[] }) {
  const data = points.map((p) => ({ ...p, percent: Math.round(p.share * 1000) / 10 }));
  return (
    <div className="chart-box" data-testid="chart-time-to-response" aria-hidden>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -12 }}>
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="session" tickLine={false} fontSize={12} />
          <YAxis domain={[0, 100]} unit="%" tickLine={false} fontSize={12} />
          <Tooltip formatter={(value) => [`${value}%`, 'Responded']} labelFormatter={(s) => `By session ${s}`} />
          <Line type="stepAfter" dataKey="percent" name="Responded" stroke={RESPONDER_GREEN} strokeWidth={2.5} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
