import Link from 'next/link';
import { createFollowUpLinkAction, createPreSessionLinkAction } from '@/lib/actions/patient-link-actions';
import type { CourseSelfReports, FollowUpItem } from '@/lib/follow-ups/queries';
import { dueHint, formatDate, todayIso } from '@/lib/domain/dates';
import { globalImpressionLabel } from '@/lib/domain/patient-questions';
import { followUpTimingText } from '@/lib/domain/follow-up-schedule';
import { getSettings } from '@/lib/settings';
import { EmptyRow } from '@/components/table-cells';
import { FollowUpStateBadge } from './follow-up-state-badge';
import { LinkCreator } from './link-creator';
import { LinkStatus } from './link-status';
import { WaitingRoomButton } from './waiting-room-button';
import './follow-ups.css';

/** Why a link cannot be emailed, or null when it can. */
export function emailUnavailable(email: { configured: boolean; patientHasEmail?: boolean }): string | null {
  if (!email.configured) return 'Email is not configured: show the code or print the link.';
  if (email.patientHasEmail === false) return 'No email address on the patient’s record.';
  return null;
}

function Answers({ f }: { f: FollowUpItem }) {
  if (f.state !== 'answered') return <span className="muted">—</span>;
  return (
    <>
      <span className="num nowrap">
        Pain {f.pain} · Mobility {f.mobility} · Sleep {f.sleep}
      </span>
      <div className="small">{globalImpressionLabel(f.globalImpression)}</div>
      {f.comment && <div className="small muted follow-up-comment">“{f.comment}”</div>}
    </>
  );
}

/** The course's patient-reported part: today's pre-session questions and the follow-up schedule with its links. */
export function FollowUpSchedule({ courseId, data }: { courseId: number; data: CourseSelfReports }) {
  const today = todayIso();
  const emailReason = emailUnavailable(data.email);
  return (
    <section className="page-section" aria-labelledby="follow-ups-heading" data-testid="follow-ups">
      <h2 id="follow-ups-heading" className="section-title-tight">
        Patient-reported scores
      </h2>
      <p className="muted small section-intro">
        Follow-ups are due {followUpTimingText(getSettings())} after the last session with injections, once the course ends (as set when they are
        scheduled).
        {!data.email.configured && ' Email is not configured: show the code or print the link.'}
      </p>
      {data.canWrite && data.active && (
        <div className="card follow-up-today">
          <h3>Before today’s session</h3>
          {data.waitingReport ? (
            <p className="form-ok small" data-testid="waiting-report">
              The patient’s scores for today are in (pain {data.waitingReport.pain}, mobility {data.waitingReport.mobility}, sleep{' '}
              {data.waitingReport.sleep}). <Link href={`/courses/${courseId}/sessions/new`}>Log the session</Link> to use them.
            </p>
          ) : (
            <p className="small muted">The patient answers pain, mobility and sleep for today; the session form starts from their answers.</p>
          )}
          <div className="toolbar toolbar-top">
            <WaitingRoomButton courseId={courseId} />
          </div>
          <LinkCreator action={createPreSessionLinkAction} id={courseId} label="Link for today’s scores" email={emailReason} />
        </div>
      )}
      <div className="table-wrap">
        <table data-testid="follow-up-table">
          <caption className="visually-hidden">Follow-ups after the last injection, with their state and the patient’s answers</caption>
          <thead>
            <tr>
              <th>Follow-up</th>
              <th>Due</th>
              <th>State</th>
              <th>Answers (patient-reported)</th>
              <th className="hide-narrow">Link</th>
            </tr>
          </thead>
          <tbody>
            {data.followUps.length === 0 && (
              <EmptyRow colSpan={5}>No follow-ups yet — they are scheduled when the course is closed or its last planned session is logged.</EmptyRow>
            )}
            {data.followUps.map((f) => (
              <tr key={f.id} data-testid="follow-up-row" data-time-point={f.timePoint}>
                <td className="nowrap">{f.label}</td>
                <td>
                  <span className="num nowrap" data-testid="follow-up-due">
                    {formatDate(f.dueDate)}
                  </span>
                  <div className="small muted nowrap">
                    {formatDate(f.windowStart)} – {formatDate(f.windowEnd)}
                  </div>
                  {f.state === 'upcoming' && <div className="small muted">{dueHint(f.dueDate, today)}</div>}
                </td>
                <td>
                  <FollowUpStateBadge state={f.state} />
                  {f.answeredAt && <div className="small muted nowrap">{formatDate(f.answeredAt.slice(0, 10))}</div>}
                </td>
                <td>
                  <Answers f={f} />
                  {f.state === 'due' && data.canWrite && (
                    <div className={f.link ? 'follow-up-actions-below' : undefined}>
                      <LinkCreator action={createFollowUpLinkAction} id={f.id} label="Create link" email={emailReason} />
                    </div>
                  )}
                </td>
                <td className="small hide-narrow">
                  <LinkStatus link={f.link} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
