import { responderLabel } from '@/lib/domain/course-figures';

const STYLES: Record<string, string> = {
  active: 'badge badge-accent',
  completed: 'badge',
  discontinued: 'badge badge-amber',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`${STYLES[status] ?? 'badge'} capitalize`}>{status}</span>;
}

export function ResponderBadge({ responder, active }: { responder: boolean | null; active: boolean }) {
  const label = responderLabel(responder, active);
  if (responder === null) return <span className="badge">{label}</span>;
  return (
    <span className={responder ? 'badge badge-green' : 'badge'} data-testid="responder-badge">
      {label}
    </span>
  );
}
