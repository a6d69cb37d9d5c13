import Link from 'next/link';
import { getFollowUpsDue } from '@/lib/follow-ups/queries';
import { createFollowUpLinkAction } from '@/lib/actions/patient-link-actions';
import { conditionLabel } from '@/lib/domain/conditions';
import { timePointLabel } from '@/lib/domain/follow-up-schedule';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { PatientCell } from '@/components/table-cells';
import { DueListSection, WindowClosesCell } from '@/components/worklist/due-list-section';
import { DueLinkCell } from './link-status';
import { emailUnavailable } from './follow-up-schedule';
import './follow-ups.css';

/** The worklist's "Follow-ups due": the specialist's follow-ups whose answer window is open. */
export async function FollowUpsDue() {
  const { rows, emailConfigured } = await getFollowUpsDue();
  const today = todayIso();
  return (
    <DueListSection
      id="follow-ups-due"
      testId="follow-ups-due"
      title="Follow-ups due"
      count={rows.length}
      intro="Patient-reported follow-ups whose answer window is open."
      emailConfigured={emailConfigured}
      columns={['Patient', 'Course', 'Follow-up', 'Window closes', 'Link']}
      empty="No follow-ups are due. They appear here when their answer window opens."
    >
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
          <WindowClosesCell windowEnd={r.windowEnd} today={today} />
          <DueLinkCell link={r.link} action={createFollowUpLinkAction} id={r.id} email={emailUnavailable({ configured: emailConfigured })} />
        </tr>
      ))}
    </DueListSection>
  );
}
