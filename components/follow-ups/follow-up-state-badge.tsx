import type { FollowUpState } from '@/lib/domain/follow-up-schedule';

const STYLES: Record<FollowUpState, { className: string; label: string }> = {
  upcoming: { className: 'badge', label: 'Upcoming' },
  due: { className: 'badge badge-accent', label: 'Due' },
  answered: { className: 'badge badge-green', label: 'Answered' },
  missed: { className: 'badge badge-amber', label: 'Missed' },
};

/** The state of a follow-up (or, with its own test id, of a check-in: the same four states). */
export function FollowUpStateBadge({ state, testId = 'follow-up-state' }: { state: FollowUpState; testId?: string }) {
  return (
    <span className={STYLES[state].className} data-testid={testId}>
      {STYLES[state].label}
    </span>
  );
}
