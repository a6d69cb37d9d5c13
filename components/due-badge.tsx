import { dueHint, formatDate } from '@/lib/domain/dates';

export function DueBadge({ due, today, overdue }: { due: string | null; today: string; overdue: boolean }) {
  if (!due) return <span className="muted">—</span>;
  const hint = dueHint(due, today);
  return (
    <span>
      <span className="num nowrap">{formatDate(due)}</span>{' '}
      <span className={`badge ${overdue ? 'badge-amber' : hint.includes('past') ? 'badge' : 'badge-accent'}`}>
        {overdue ? `Overdue by ${hint.replace(' past due', '')}` : hint}
      </span>
    </span>
  );
}
