import Link from 'next/link';
import type { SeriousEvent } from '@/lib/outcomes/safety';
import { ADVERSE_EVENT_LABELS, ADVERSE_SEVERITY_LABELS } from '@/lib/domain/labels';
import { formatDate } from '@/lib/domain/dates';
import { regionLabel } from '@/lib/domain/regions';
import { EmptyRow } from '@/components/table-cells';

const label = <T extends string>(labels: Record<T, string>, code: string | null) => (code ? (labels[code as T] ?? code) : '—');

/** The serious adverse events, latest onset first; the type links to its course (whose own access rules apply). */
export function SeriousEventsTable({ events }: { events: SeriousEvent[] }) {
  return (
    <div className="table-wrap">
      <table data-testid="serious-events">
        <caption className="visually-hidden">Serious adverse events</caption>
        <thead>
          <tr>
            <th scope="col">Onset</th>
            <th scope="col">Type</th>
            <th scope="col">Severity</th>
            <th scope="col" className="hide-narrow">
              Region
            </th>
            <th scope="col">Session</th>
            <th scope="col">Specialist</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Days to resolution
            </th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 && <EmptyRow colSpan={8}>No serious adverse events with these filters.</EmptyRow>}
          {events.map((e) => (
            <tr key={e.id} data-testid="serious-event" data-type={e.type} data-severity={e.severity ?? ''} data-session-date={e.sessionDate}>
              <td className="num nowrap">{formatDate(e.onsetDate)}</td>
              <td>
                <Link href={`/courses/${e.courseId}`} aria-label={`${label(ADVERSE_EVENT_LABELS, e.type)}: open the course`}>
                  {label(ADVERSE_EVENT_LABELS, e.type)}
                </Link>
              </td>
              <td>{e.severity ? label(ADVERSE_SEVERITY_LABELS, e.severity) : 'Not recorded'}</td>
              <td className="hide-narrow">{regionLabel(e.region)}</td>
              <td className="num nowrap">{formatDate(e.sessionDate)}</td>
              <td>{e.specialistName}</td>
              <td>{e.resolutionDate ? `Resolved ${formatDate(e.resolutionDate)}` : <span className="badge badge-red">Ongoing</span>}</td>
              <td className="num">{e.daysToResolution ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
