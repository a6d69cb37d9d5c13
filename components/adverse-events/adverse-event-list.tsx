import { ADVERSE_EVENT_LABELS, ADVERSE_SEVERITY_LABELS } from '@/lib/domain/labels';
import { formatDate } from '@/lib/domain/dates';
import type { CourseAdverseEvent } from '@/lib/adverse-events';
import { resolveAdverseEventAction } from '@/lib/actions/adverse-event-actions';
import { ResolveAdverseEventForm } from './adverse-event-forms';

/** The course's adverse events with their attributed session; ongoing ones can be marked resolved by a specialist. */
export function AdverseEventList({
  events,
  sessionNumbers,
  canWrite,
  today,
}: {
  events: CourseAdverseEvent[];
  sessionNumbers: Map<number, number>;
  canWrite: boolean;
  today: string;
}) {
  if (events.length === 0) return <p className="muted">No adverse events recorded.</p>;
  return (
    <ul className="adverse-event-list">
      {events.map((e) => (
        <li key={e.id} id={`adverse-event-${e.id}`} className="card" data-testid="adverse-event">
          <div className="badge-row">
            <strong>{ADVERSE_EVENT_LABELS[e.type]}</strong>
            {e.serious && <span className="badge badge-red">Serious</span>}
            <span className="badge">{e.severity ? ADVERSE_SEVERITY_LABELS[e.severity] : 'Severity not recorded'}</span>
            <span className="badge">{e.resolutionDate ? `Resolved ${formatDate(e.resolutionDate)}` : 'Ongoing'}</span>
          </div>
          <div className="small">
            Session {sessionNumbers.get(e.sessionId) ?? '?'} · onset {formatDate(e.onsetDate)} · recorded by {e.recordedByName}
          </div>
          {e.description && <p className="pre-wrap small">{e.description}</p>}
          {e.actionTaken && <p className="pre-wrap small">Action taken: {e.actionTaken}</p>}
          {canWrite && !e.resolutionDate && (
            <ResolveAdverseEventForm action={resolveAdverseEventAction.bind(null, e.id)} today={today} label={`Resolve adverse event ${e.id}`} />
          )}
        </li>
      ))}
    </ul>
  );
}
