import Link from 'next/link';
import type { OutcomeSummary } from '@/lib/outcomes/summary';
import { headlineFigures } from '@/lib/outcomes/headline';
import { getSettings } from '@/lib/settings';
import { Figure } from '@/components/figure';

/** The headline cards, each with the n it rests on (the same figures as the outcomes report). */
export function HeadlineFigures({ s, period, overdueHref }: { s: OutcomeSummary; period: string; overdueHref: string }) {
  return (
    <section aria-label="Headline figures" className="grid-cards outcome-figures">
      {headlineFigures(s, period, getSettings()).map((f) => (
        <Figure
          key={f.id}
          label={f.label}
          value={f.id === 'overdue' ? <Link href={overdueHref}>{f.value}</Link> : f.value}
          hint={f.hint}
          tone={f.tone}
          compact={f.compact}
          testId={`figure-${f.id}`}
        />
      ))}
    </section>
  );
}
