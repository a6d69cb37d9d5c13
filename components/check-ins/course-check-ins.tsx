import { createCheckInLinkAction } from '@/lib/actions/patient-link-actions';
import { recordCheckInHandlingAction } from '@/lib/actions/check-in-actions';
import type { CourseCheckIn, CourseCheckIns } from '@/lib/check-ins/queries';
import { CHECK_IN_HANDLING_LABELS } from '@/lib/domain/check-in';
import { formatDate, formatDateTime } from '@/lib/domain/dates';
import { LINK_STATUS_LABELS } from '@/lib/patient-links/link-status';
import { EmptyRow } from '@/components/table-cells';
import { FollowUpStateBadge } from '../follow-ups/follow-up-state-badge';
import { LinkCreator } from '../follow-ups/link-creator';
import { LinkStatus } from '../follow-ups/link-status';
import { emailUnavailable } from '../follow-ups/follow-up-schedule';
import { CheckInAnswers } from './check-in-answers';
import { CheckInHandlingForm } from './check-in-handling-form';
import './check-ins.css';

export const recordAdverseEventHref = (courseId: number, sessionId: number) =>
  `/courses/${courseId}?adverseSession=${sessionId}#record-adverse-heading`;

const canLink = (c: CourseCheckIn) => c.state === 'upcoming' || c.state === 'due';

function Handling({ courseId, c, canWrite }: { courseId: number; c: CourseCheckIn; canWrite: boolean }) {
  const answer = c.answer;
  if (!answer?.redFlag) return null;
  if (answer.handledAt) {
    return (
      <div className="small check-in-handled" data-testid="check-in-handled">
        <strong>{CHECK_IN_HANDLING_LABELS[answer.handling!]}</strong> · {answer.handledByName}, {formatDateTime(answer.handledAt)}
        {answer.handlingNote && <div className="muted pre-wrap">{answer.handlingNote}</div>}
      </div>
    );
  }
  return (
    <div className="check-in-attention">
      <span className="badge badge-red">Needs attention</span>
      {canWrite && (
        <CheckInHandlingForm
          action={recordCheckInHandlingAction.bind(null, answer.id)}
          recordAdverseEventHref={recordAdverseEventHref(courseId, c.sessionId)}
        />
      )}
    </div>
  );
}

/**
 * Right after an injection session is saved: offer its check-in link while the patient is still in the room. It stays
 * while the page shows the save, so the new link (shown once) is not taken away when the page refreshes.
 */
export function CheckInOffer({ data, justSaved }: { data: CourseCheckIns; justSaved: boolean }) {
  const newest = data.checkIns.at(-1);
  if (!justSaved || !data.canWrite || !newest || !canLink(newest)) return null;
  return (
    <section className="card check-in-offer" aria-labelledby="check-in-offer-heading" data-testid="check-in-offer">
      <h2 id="check-in-offer-heading">72-hour check-in</h2>
      <p className="small">
        Give the patient the link for their check-in now: it asks how they are {formatDate(newest.windowStart)} – {formatDate(newest.windowEnd)} and
        works until then.
      </p>
      <LinkCreator action={createCheckInLinkAction} id={newest.sessionId} label="Create check-in link" email={emailUnavailable(data.email)} />
      {newest.link && <p className="small muted">{LINK_STATUS_LABELS[newest.link.status]}: creating another replaces it.</p>}
    </section>
  );
}

/** The check-in after each session with injections: window, state, the patient's answers and what was done about them. */
export function CourseCheckIns({
  courseId,
  data,
  settings,
}: {
  courseId: number;
  data: CourseCheckIns;
  settings: { checkInFromDays: number; checkInToDays: number };
}) {
  const emailReason = emailUnavailable(data.email);
  return (
    <section className="page-section" aria-labelledby="check-ins-heading" data-testid="check-ins">
      <h2 id="check-ins-heading" className="section-title-tight">
        72-hour check-ins
      </h2>
      <p className="muted small section-intro">
        After every session with injections the patient answers six safety questions {settings.checkInFromDays}–{settings.checkInToDays} days later.
        Any warning sign puts the course under “Needs attention” on the worklist until you record what was done.
      </p>
      {data.before.earlier > 0 && (
        <p className="small muted" data-testid="check-ins-before-start">
          {data.before.earlier === 1 ? '1 session with injections is' : `${data.before.earlier} sessions with injections are`} dated before check-ins
          began on {formatDate(data.before.startDate)}: {data.before.earlier === 1 ? 'it has' : 'they have'} no check-in.
        </p>
      )}
      <div className="table-wrap">
        <table data-testid="check-in-table">
          <caption className="visually-hidden">Check-ins after each session with injections, with their state and the patient’s answers</caption>
          <thead>
            <tr>
              <th>Session</th>
              <th>Due</th>
              <th>State</th>
              <th>Answers (patient-reported)</th>
              <th className="hide-narrow">Link</th>
            </tr>
          </thead>
          <tbody>
            {data.checkIns.length === 0 && <EmptyRow colSpan={5}>No check-ins yet — each session with injections gets one.</EmptyRow>}
            {data.checkIns.map((c) => (
              <tr key={c.sessionId} data-testid="check-in-row" data-session-id={c.sessionId}>
                <td className="nowrap">
                  Session {c.sessionNumber}
                  <div className="small muted">{formatDate(c.sessionDate)}</div>
                </td>
                <td className="nowrap">
                  {formatDate(c.windowStart)} – {formatDate(c.windowEnd)}
                </td>
                <td>
                  <FollowUpStateBadge state={c.state} testId="check-in-state" />
                  {c.answer && <div className="small muted nowrap">{formatDate(c.answer.answeredAt.slice(0, 10))}</div>}
                </td>
                <td>
                  {c.answer ? <CheckInAnswers answer={c.answer} /> : <span className="muted">—</span>}
                  <Handling courseId={courseId} c={c} canWrite={data.canWrite} />
                  {canLink(c) && data.canWrite && (
                    <LinkCreator action={createCheckInLinkAction} id={c.sessionId} label={c.link ? 'New link' : 'Create link'} email={emailReason} />
                  )}
                </td>
                <td className="small hide-narrow">
                  <LinkStatus link={c.link} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
