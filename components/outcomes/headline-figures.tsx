import Link from 'next/link';
import type { OutcomeSummary } from '@/lib/outcomes/summary';
import { headlineFigures } from '@/lib/outcomes/headline';

/** The headline cards, each with the n it rests on. */
export function HeadlineFigures({ s, period, overdueHref }: { s: OutcomeSummary; period: string; overdueHref: string }) {
  return (
    <section aria-label="Headline figures" className="grid-cards outcome-figures">
      {headlineFigures(s, period).map((f) => (
        <div className={`figure${f.tone ? ` figure-${f.tone}` : ''}`} key={f.id}>
          <div className="label">{f.label}</div>
          <div className="value" data-testid={`figure-${f.id}`}>
            {f.id === 'overdue' ? <Link href={overdueHref}>{f.value}</Link> : f.value}
          </div>
          <div className="hint">{f.hint}</div>
        </div>
      ))}
    </section>
  );
}
