import { responderLabel } from '@/lib/domain/course-figures';

const STYLES: Record<string, string> = {
  active: 'badge badge-accent',
  completed: 'badge',
  discontinued: 'badge badge-amber',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`${STYLES[status] ?? 'badge'} capitalize`}>{status}</span>;
}

export function ResponderBadge({
  responder,
  active,
  substantial = false,
  notAssessable = null,
}: {
  responder: boolean | null;
  active: boolean;
  substantial?: boolean;
  /** Why the course cannot be assessed ("not assessable: baseline pain below 4"), when that is the reason. */
  notAssessable?: string | null;
}) {
  if (notAssessable)
    return (
      <span className="badge" data-testid="responder-badge" title={notAssessable}>
        Not assessable
      </span>
    );
  if (responder === null) return <span className="badge">{responderLabel(responder, active)}</span>;
  if (responder)
    return (
      <>
        <span className="badge badge-green" data-testid="responder-badge">
          Responder
        </span>
        {substantial && (
          <>
            {' '}
            <span className="badge badge-green" data-testid="substantial-badge">
              Substantial
            </span>
          </>
        )}
      </>
    );
  return (
    <span className="badge" data-testid="responder-badge">
      {responderLabel(responder, active)}
    </span>
  );
}
