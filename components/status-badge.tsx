const STYLES: Record<string, string> = {
  active: 'badge badge-accent',
  completed: 'badge',
  discontinued: 'badge badge-amber',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={STYLES[status] ?? 'badge'} style={{ textTransform: 'capitalize' }}>{status}</span>;
}

export function ResponderBadge({ responder }: { responder: boolean | null }) {
  if (responder === null) return <span className="badge">Not yet assessable</span>;
  return responder ? (
    <span className="badge badge-green" data-testid="responder-badge">Responder</span>
  ) : (
    <span className="badge" data-testid="responder-badge">Non-responder</span>
  );
}
