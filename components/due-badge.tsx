import { dueHint, formatDate } from '@/lib/domain/dates';
import { DueBadgeView, type DueBadgeParts } from './due-badge-view';

export function dueBadgeParts(due: string | null, today: string, overdue: boolean): DueBadgeParts | null {
  if (!due) return null;
  const hint = dueHint(due, today);
  return {
    date: formatDate(due),
    label: overdue ? `Overdue by ${hint.replace(' past due', '')}` : hint,
    className: `badge ${overdue ? 'badge-amber' : hint.includes('past') ? 'badge' : 'badge-accent'}`,
  };
}

export function DueBadge({ due, today, overdue }: { due: string | null; today: string; overdue: boolean }) {
  return <DueBadgeView due={dueBadgeParts(due, today, overdue)} />;
}
