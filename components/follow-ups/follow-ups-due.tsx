import { getFollowUpsDue } from '@/lib/follow-ups/queries';
import { createFollowUpLinkAction } from '@/lib/actions/patient-link-actions';
import { conditionLabel } from '@/lib/domain/conditions';
import { timePointLabel } from '@/lib/domain/follow-up-schedule';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { DueListSection, linkNote, windowCloses } from '@/components/worklist/due-list-section';
import './follow-ups.css';

/** The worklist's "Follow-ups due": the specialist's follow-ups whose answer window is open. */
export async function FollowUpsDue() {
  const { rows, emailConfigured } = await getFollowUpsDue();
  const today = todayIso();
  return (
    <DueListSection
      id="follow-ups-due"
      testId="follow-ups-due"
      rowTestId="follow-up-due-row"
      title="Follow-ups due"
      intro="Patient-reported follow-ups whose answer window is open."
      emailConfigured={emailConfigured}
      columns={['Patient', 'Course', 'Follow-up', 'Window closes', 'Link']}
      empty="No follow-ups are due. They appear here when their answer window opens."
      action={createFollowUpLinkAction}
      rows={rows.map((r) => ({
        id: r.id,
        patientId: r.patientId,
        patientName: r.patientName,
        mrn: r.mrn,
        courseHref: `/courses/${r.courseId}`,
        condition: conditionLabel(r.condition),
        what: timePointLabel(r.timePoint),
        whatNote: `due ${formatDate(r.dueDate)}`,
        ...windowCloses(r.windowEnd, today),
        linkNote: linkNote(r.link),
      }))}
    />
  );
}
