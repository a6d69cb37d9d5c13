import Link from 'next/link';
import type { OutcomeSummary } from '@/lib/outcomes/summary';
import { formatChange, formatMedian, formatNumber, formatPercent, plural } from '@/lib/outcomes/format';
import { getSettings } from '@/lib/settings';
import { betterDirection } from '@/components/charts/palette';
import { Figure, type FigureTone } from '@/components/figure';

interface HeadlineFigure {
  id: string;
  label: string;
  value: React.ReactNode;
  hint: React.ReactNode;
  tone?: FigureTone;
}

/** The headline cards, each with the n it rests on. */
export function HeadlineFigures({ s, period, overdueHref }: { s: OutcomeSummary; period: string; overdueHref: string }) {
  const figures: HeadlineFigure[] = [
    { id: 'patients', label: 'Patients treated', value: s.patients, hint: `in ${plural(s.courses, 'course')}` },
    { id: 'active-courses', label: 'Active courses', value: s.activeCourses, hint: `of ${plural(s.courses, 'course')}` },
    { id: 'sessions', label: 'Sessions in period', value: s.sessions, hint: period },
    {
      id: 'responder-rate', label: 'Responder rate', value: formatPercent(s.responderRate), tone: 'green',
      hint: `${s.responders} of ${plural(s.assessable, 'course')} with ≥ 2 pain scores`,
    },
    { id: 'pain-change', label: 'Pain change', value: formatChange(s.change.pain.mean), tone: 'pain', hint: `${betterDirection('pain')} · n = ${s.change.pain.n}` },
    { id: 'mobility-change', label: 'Mobility change', value: formatChange(s.change.mobility.mean), tone: 'mobility', hint: `${betterDirection('mobility')} · n = ${s.change.mobility.n}` },
    { id: 'sleep-change', label: 'Sleep change', value: formatChange(s.change.sleep.mean), tone: 'sleep', hint: `${betterDirection('sleep')} · n = ${s.change.sleep.n}` },
    {
      id: 'median-response', label: 'Median sessions to response', value: formatMedian(s.medianSessionsToResponse),
      hint: `n = ${plural(s.respondedCourses, 'course')} that responded`,
    },
    { id: 'injections', label: 'Injections per session', value: formatNumber(s.injectionsPerSession), hint: `${s.injections} injections · ${plural(s.sessions, 'session')}` },
    { id: 'completion', label: 'Completed', value: formatPercent(s.completionRate), hint: `${s.completed} of ${plural(s.courses, 'course')}` },
    { id: 'discontinuation', label: 'Discontinued', value: formatPercent(s.discontinuationRate), hint: `${s.discontinued} of ${plural(s.courses, 'course')}` },
    {
      id: 'adverse', label: 'Adverse events per 100 sessions', value: formatNumber(s.adversePer100Sessions), tone: s.adverseEvents ? 'red' : undefined,
      hint: `${plural(s.adverseEvents, 'event')} in ${plural(s.sessions, 'session')}`,
    },
    {
      id: 'overdue', label: 'Overdue follow-ups', tone: s.overdue ? 'amber' : undefined,
      value: <Link href={overdueHref}>{s.overdue}</Link>,
      hint: `active courses > ${getSettings().overdueGraceDays} days past due, today`,
    },
  ];
  return (
    <section aria-label="Headline figures" className="grid-cards outcome-figures">
      {figures.map((f) => (
        <Figure key={f.id} label={f.label} value={f.value} hint={f.hint} tone={f.tone} testId={`figure-${f.id}`} />
      ))}
    </section>
  );
}
