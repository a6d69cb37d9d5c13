import type { Trend } from '@/lib/domain/outcome-rules';

const ARROWS: Record<NonNullable<Trend>, { symbol: string; label: string; className: string }> = {
  better: { symbol: '↓', label: 'pain lower than last session', className: 'trend-better' },
  worse: { symbol: '↑', label: 'pain higher than last session', className: 'trend-worse' },
  same: { symbol: '→', label: 'pain unchanged since last session', className: 'muted' },
};

export function PainTrend({ trend }: { trend: Trend }) {
  if (!trend) return null;
  const a = ARROWS[trend];
  return (
    <span className={a.className} title={a.label} aria-label={a.label}>
      {' '}
      {a.symbol}
    </span>
  );
}
