import Link from 'next/link';
import { getCheckInsDue } from '@/lib/check-ins/queries';
import { createCheckInLinkAction } from '@/lib/actions/patient-link-actions';
import { conditionLabel } from '@/lib/domain/conditions';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { PatientCell } from '@/components/table-cells';
import { DueListSection, WindowClosesCell } from '@/components/worklist/due-list-section';
import { DueLinkCell } from '../follow-ups/link-status';
import { emailUnavailable } from '../follow-ups/follow-up-schedule';

/** The worklist's "Check-ins due": the specialist's unanswered check-ins whose window is open. */
export async function CheckInsDue() {
  const { rows, emailConfigured } = await getCheckInsDue();
  const today = todayIso();
  return (
    <DueListSection
      id="check-ins-due"
      testId="check-ins-due"
      title="Check-ins due"
      count={rows.length}
      intro="The safety check-in after sessions with injections, not answered yet."
      emailConfigured={emailConfigured}
      columns={['Patient', 'Course', 'Injections', 'Window closes', 'Link']}
      empty="No check-ins are due. They appear here when a check-in window opens."
    >
      {rows.map((r) => (
        <tr key={r.sessionId} data-testid="check-in-due-row">
          <PatientCell id={r.patientId} name={r.patientName} mrn={r.mrn} />
          <td>
            <Link href={`/courses/${r.courseId}#check-ins-heading`}>{conditionLabel(r.condition)}</Link>
          </td>
          <td className="nowrap">{formatDate(r.sessionDate)}</td>
          <WindowClosesCell windowEnd={r.windowEnd} today={today} />
          <DueLinkCell link={r.link} action={createCheckInLinkAction} id={r.sessionId} email={emailUnavailable({ configured: emailConfigured })} />
        </tr>
      ))}
    </DueListSection>
  );
}
