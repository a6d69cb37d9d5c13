import { formatDate } from '@/lib/domain/dates';
import { siteLabel } from '@/lib/domain/sites';
import { ADVERSE_EVENT_LABELS } from '@/lib/domain/labels';
import { ActionCell, ActionsHeader, EmptyRow } from '@/components/table-cells';
import { PatientScoreCell } from '@/components/follow-ups/patient-score-cell';
import type { PatientScores } from '@/lib/follow-ups/queries';

export interface SessionRow {
  id: number;
  number: number;
  sessionDate: string;
  pain: number | null;
  mobility: number | null;
  sleep: number | null;
  injections: number;
  ultrasoundGuided: boolean;
  needling: boolean;
  adverseEvents: { id: number; type: keyof typeof ADVERSE_EVENT_LABELS; serious: boolean }[];
  notes: string | null;
  recordedBy: number;
  recordedByName: string;
  sites: {
    id: number;
    siteCode: string;
    side: string;
    injectionCount: number;
    dextrosePct: number | null;
    anaesthetic: string | null;
    volumeMl: number | null;
  }[];
}

/** Every session of the course with its sites: also the text alternative for both charts. */
export function SessionsTable({
  courseId,
  sessions,
  editableBy,
  patientReported = {},
}: {
  courseId: number;
  sessions: SessionRow[];
  editableBy: number | null;
  /** The patient's own scores for sessions started from them, by session id. */
  patientReported?: Record<number, PatientScores>;
}) {
  return (
    <div className="table-wrap">
      <table data-testid="sessions-table">
        <caption className="visually-hidden">Sessions of this course with scores and injected sites</caption>
        <thead>
          <tr>
            <th className="num">#</th>
            <th>Date</th>
            <th className="num">Pain</th>
            <th className="num">Mobility</th>
            <th className="num">Sleep</th>
            <th className="num">Injections</th>
            <th>Sites</th>
            <th className="hide-narrow">Recorded by</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {sessions.length === 0 && <EmptyRow colSpan={9}>No sessions yet — log the first one.</EmptyRow>}
          {sessions.map((s) => (
            <tr key={s.id} data-testid="session-row">
              <td className="num">{s.number}</td>
              <td className="tabular nowrap">{formatDate(s.sessionDate)}</td>
              <PatientScoreCell value={s.pain} patient={patientReported[s.id]?.pain} />
              <PatientScoreCell value={s.mobility} patient={patientReported[s.id]?.mobility} />
              <PatientScoreCell value={s.sleep} patient={patientReported[s.id]?.sleep} />
              <td className="num">{s.injections}</td>
              <td>
                {s.sites.length === 0 ? (
                  <span className="muted">Follow-up review, no injections</span>
                ) : (
                  <ul className="plain-list">
                    {s.sites.map((x) => (
                      <li key={x.id}>
                        {siteLabel(x.siteCode, x.side)} × {x.injectionCount}
                        <span className="muted small">
                          {x.dextrosePct != null ? ` · D${x.dextrosePct}%` : ''}
                          {x.anaesthetic ? ` · ${x.anaesthetic}` : ''}
                          {x.volumeMl != null ? ` · ${x.volumeMl} mL` : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="badge-row">
                  {s.ultrasoundGuided && s.sites.length > 0 && <span className="badge">Ultrasound-guided</span>}
                  {s.needling && <span className="badge">Needling</span>}
                  {patientReported[s.id] && (
                    <span className="badge badge-accent" data-testid="patient-reported-badge">
                      Scores patient-reported
                    </span>
                  )}
                  {s.adverseEvents.map((e) => (
                    <a key={e.id} className="badge badge-red" href={`#adverse-event-${e.id}`}>
                      {e.serious ? 'Serious adverse event' : 'Adverse event'}: {ADVERSE_EVENT_LABELS[e.type]}
                    </a>
                  ))}
                </div>
                {s.notes && <div className="muted small">{s.notes}</div>}
              </td>
              <td className="small hide-narrow">{s.recordedByName}</td>
              <ActionCell href={editableBy != null && s.recordedBy === editableBy ? `/courses/${courseId}/sessions/${s.id}/edit` : null}>
                Edit
              </ActionCell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
