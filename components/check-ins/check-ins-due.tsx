import Link from 'next/link';
import { getCheckInsDue } from '@/lib/check-ins/queries';
import { createCheckInLinkAction } from '@/lib/actions/patient-link-actions';
import { conditionLabel } from '@/lib/domain/conditions';
import { dueHint, formatDate, todayIso } from '@/lib/domain/dates';
import { EmptyRow, PatientCell } from '@/components/table-cells';
import { DueLinkCell } from '../follow-ups/link-status';
import { emailUnavailable } from '../follow-ups/follow-up-schedule';

/** The worklist's "Check-ins due": the specialist's unanswered check-ins whose window is open. */
export async function CheckInsDue() {
  const { rows, emailConfigured } = await getCheckInsDue();
  const today = todayIso();
  return (
    <section className="page-section" aria-labelledby="check-ins-due-heading" data-testid="check-ins-due">
      <h2 id="check-ins-due-heading" className="section-title-tight">
        Check-ins due <span className="badge">{rows.length}</span>
      </h2>
      <p className="muted small section-intro">
        The safety check-in after sessions with injections, not answered yet. Create a link and give it to the patient as a code, printed or by email.
        {!emailConfigured && ' Email is not configured.'}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Patient</th>
              <th>Course</th>
              <th>Injections</th>
              <th>Window closes</th>
              <th>Link</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && <EmptyRow colSpan={5}>No check-ins are due. They appear here when a check-in window opens.</EmptyRow>}
            {rows.map((r) => (
              <tr key={r.sessionId} data-testid="check-in-due-row">
                <PatientCell id={r.patientId} name={r.patientName} mrn={r.mrn} />
                <td>
                  <Link href={`/courses/${r.courseId}#check-ins-heading`}>{conditionLabel(r.condition)}</Link>
                </td>
                <td className="nowrap">{formatDate(r.sessionDate)}</td>
                <td className="nowrap">
                  {formatDate(r.windowEnd)}
                  <div className="small muted">{dueHint(r.windowEnd, today).replace('due', 'closes')}</div>
                </td>
                <DueLinkCell link={r.link} action={createCheckInLinkAction} id={r.sessionId} email={emailUnavailable({ configured: emailConfigured })} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
