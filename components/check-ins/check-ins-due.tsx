import { getCheckInsDue } from '@/lib/check-ins/queries';
import { createCheckInLinkAction } from '@/lib/actions/patient-link-actions';
import { conditionLabel } from '@/lib/domain/conditions';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { DueListSection, linkNote, windowCloses } from '@/components/worklist/due-list-section';

/** The worklist's "Check-ins due": the specialist's unanswered check-ins whose window is open. */
export async function CheckInsDue() {
  const { rows, emailConfigured } = await getCheckInsDue();
  const today = todayIso();
  return (
    <DueListSection
      id="check-ins-due"
      testId="check-ins-due"
      rowTestId="check-in-due-row"
      title="Check-ins due"
      intro="The safety check-in after sessions with injections, not answered yet."
      emailConfigured={emailConfigured}
      columns={['Patient', 'Course', 'Injections', 'Window closes', 'Link']}
      empty="No check-ins are due. They appear here when a check-in window opens."
      action={createCheckInLinkAction}
      rows={rows.map((r) => ({
        id: r.sessionId,
        patientId: r.patientId,
        patientName: r.patientName,
        mrn: r.mrn,
        courseHref: `/courses/${r.courseId}#check-ins-heading`,
        condition: conditionLabel(r.condition),
        what: formatDate(r.sessionDate),
        ...windowCloses(r.windowEnd, today),
        linkNote: linkNote(r.link),
      }))}
    />
  );
}
