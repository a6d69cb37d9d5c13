import Link from 'next/link';
import type { OutcomeSummary } from '@/lib/outcomes/summary';
import { headlineFigures } from '@/lib/outcomes/headline';
import { getSettings } from '@/lib/settings';
import { Figure } from '@/components/figure';

/** The headline cards, each with the n it rests on (the same figures as the outcomes report). */
export function HeadlineFigures({
  s,
  period,
  overdueHref,
  safetyHref,
}: {
  s: OutcomeSummary;
  period: string;
  overdueHref: string;
  safetyHref?: string;
}) {
  const linked = (id: string, value: string) => {
    if (id === 'overdue') return <Link href={overdueHref}>{value}</Link>;
    if (id === 'adverse' && safetyHref) return <Link href={safetyHref}>{value}</Link>;
    return value;
  };
  return (
    <section aria-label="Headline figures" className="grid-cards outcome-figures">
      {headlineFigures(s, period, getSettings()).map((f) => (
        <Figure key={f.id} label={f.label} value={linked(f.id, f.value)} hint={f.hint} tone={f.tone} compact={f.compact} testId={`figure-${f.id}`} />
      ))}
    </section>
  );
}
