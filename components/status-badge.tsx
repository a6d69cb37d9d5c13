const STYLES: Record<string, string> = {
  active: 'badge badge-accent',
  completed: 'badge',
  discontinued: 'badge badge-amber',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`${STYLES[status] ?? 'badge'} capitalize`}>{status}</span>;
}

export function ResponderBadge({ responder, active }: { responder: boolean | null; active: boolean }) {
  if (responder === null) return <span className="badge">{active ? 'Not yet assessable' : 'Not assessable'}</span>;
  if (responder) return <span className="badge badge-green" data-testid="responder-badge">Responder</span>;
  return (
    <span className="badge" data-testid="responder-badge">
      {active ? 'Not yet responding' : 'Non-responder'}
    </span>
  );
}
