import type { FollowUpState } from '@/lib/domain/follow-up-schedule';

const STYLES: Record<FollowUpState, { className: string; label: string }> = {
  upcoming: { className: 'badge', label: 'Upcoming' },
  due: { className: 'badge badge-accent', label: 'Due' },
  answered: { className: 'badge badge-green', label: 'Answered' },
  missed: { className: 'badge badge-amber', label: 'Missed' },
};

export function FollowUpStateBadge({ state }: { state: FollowUpState }) {
  return (
    <span className={STYLES[state].className} data-testid="follow-up-state">
      {STYLES[state].label}
    </span>
  );
}
