import Link from 'next/link';
import { getFollowUpsDue } from '@/lib/follow-ups/queries';
import { createFollowUpLinkAction } from '@/lib/actions/patient-link-actions';
import { conditionLabel } from '@/lib/domain/conditions';
import { timePointLabel } from '@/lib/domain/follow-up-schedule';
import { dueHint, formatDate, todayIso } from '@/lib/domain/dates';
import { EmptyRow, PatientCell } from '@/components/table-cells';
import { DueLinkCell } from './link-status';
import { emailUnavailable } from './follow-up-schedule';
import './follow-ups.css';

/** The worklist's "Follow-ups due": the specialist's follow-ups whose answer window is open. */
export async function FollowUpsDue() {
  const { rows, emailConfigured } = await getFollowUpsDue();
  const today = todayIso();
  return (
    <section className="page-section" aria-labelledby="follow-ups-due-heading" data-testid="follow-ups-due">
      <h2 id="follow-ups-due-heading" className="section-title-tight">
        Follow-ups due <span className="badge">{rows.length}</span>
      </h2>
      <p className="muted small section-intro">
        Patient-reported follow-ups whose answer window is open. Create a link and give it to the patient as a code, printed or by email.
        {!emailConfigured && ' Email is not configured.'}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Patient</th>
              <th>Course</th>
              <th>Follow-up</th>
              <th>Window closes</th>
              <th>Link</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && <EmptyRow colSpan={5}>No follow-ups are due. They appear here when their answer window opens.</EmptyRow>}
            {rows.map((r) => (
              <tr key={r.id} data-testid="follow-up-due-row">
                <PatientCell id={r.patientId} name={r.patientName} mrn={r.mrn} />
                <td>
                  <Link href={`/courses/${r.courseId}`}>{conditionLabel(r.condition)}</Link>
                </td>
                <td className="nowrap">
                  {timePointLabel(r.timePoint)}
                  <div className="small muted">due {formatDate(r.dueDate)}</div>
                </td>
                <td className="nowrap">
                  {formatDate(r.windowEnd)}
                  <div className="small muted">{dueHint(r.windowEnd, today).replace('due', 'closes')}</div>
                </td>
                <DueLinkCell link={r.link} action={createFollowUpLinkAction} id={r.id} email={emailUnavailable({ configured: emailConfigured })} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
