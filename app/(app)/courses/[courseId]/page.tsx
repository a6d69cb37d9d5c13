import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { pageData } from '@/lib/page-data';
import { getCourseDetail } from '@/lib/courses';
import { closeCourseAction, updateCourseNotesAction } from '@/lib/actions/course-actions';
import { conditionLabel } from '@/lib/domain/conditions';
import { regionLabel } from '@/lib/domain/regions';
import { formatDate, todayIso } from '@/lib/domain/dates';
import { patientName } from '@/lib/domain/patient-name';
import { PageHeader } from '@/components/page-header';
import { Flash } from '@/components/flash';
import { ResponderBadge, StatusBadge } from '@/components/status-badge';
import { DueBadge } from '@/components/due-badge';
import { ChangeFigure } from '@/components/courses/change-figure';
import { SessionsTable } from '@/components/courses/sessions-table';
import { CloseCourseForm, CourseNotesForm } from '@/components/courses/course-manage';
import { ProgressChart } from '@/components/charts/progress-chart';
import { InjectionsChart } from '@/components/charts/injections-chart';
import { CourseLetters } from '@/components/reports/course-letters';

export const metadata: Metadata = { title: 'Course' };

export default async function CoursePage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  await requirePageActor();
  const { courseId } = await params;
  const { saved } = await searchParams;
  const { course, patient, specialistName, referrer, sessions, summary, canWrite, actorId } = await pageData(() => getCourseDetail(courseId));
  const name = patientName(patient);
  const title = `${conditionLabel(course.condition)} · ${regionLabel(course.region)}${course.side !== 'midline' ? `, ${course.side}` : ''}`;
  const today = todayIso();
  const active = course.status === 'active';
  const chartData = sessions.map((s) => ({ label: `${s.number} · ${formatDate(s.sessionDate).replace(/ \d{4}$/, '')}`, pain: s.pain, mobility: s.mobility, sleep: s.sleep, injections: s.injections }));
  const injectionSummary =
    sessions.length === 0
      ? 'No sessions yet.'
      : `Injections per session: ${sessions.map((s) => s.injections).join(', ')} (session 1 to ${sessions.length}).`;
  const progressSummary =
    sessions.length === 0
      ? 'No scores yet.'
      : `Pain ${summary.baseline?.pain ?? '—'} → ${summary.latest?.pain ?? '—'}, mobility ${summary.baseline?.mobility ?? '—'} → ${summary.latest?.mobility ?? '—'}, sleep ${summary.baseline?.sleep ?? '—'} → ${summary.latest?.sleep ?? '—'} from baseline to the latest session.`;

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[{ href: '/patients', label: 'Patients' }, { href: `/patients/${patient.id}`, label: name }, { label: conditionLabel(course.condition) }]}
        subtitle={
          <>
            <Link href={`/patients/${patient.id}`}>{name}</Link> · MRN {patient.mrn} · {specialistName} · started {formatDate(course.startDate)} · every{' '}
            {course.intervalWeeks} weeks
          </>
        }
        actions={
          canWrite &&
          active && (
            <Link className="btn btn-primary" href={`/courses/${course.id}/sessions/new`}>
              Log session
            </Link>
          )
        }
      />
      <Flash saved={saved} />
      {active && canWrite && summary.sessionsDone >= summary.plannedSessions && (
        <div className="notice" role="note">
          All {summary.plannedSessions} planned sessions are done. Review the course: close it as completed below, or log another
          session if treatment continues.
        </div>
      )}
      <div className="grid-cards">
        <div className="figure">
          <div className="label">Status</div>
          <div className="value" style={{ fontSize: '1.1rem', paddingTop: 8 }}>
            <StatusBadge status={course.status} /> <ResponderBadge responder={summary.responder} active={active} />
          </div>
          <div className="hint">
            {course.status !== 'active' ? `${formatDate(course.endDate)} · ${course.endReason ?? ''}` : summary.sessionsToResponse ? `responded at session ${summary.sessionsToResponse}` : 'responder: pain −30 % or −2 points'}
          </div>
        </div>
        <div className="figure">
          <div className="label">Sessions</div>
          <div className="value" data-testid="sessions-done">
            {summary.sessionsDone} / {summary.plannedSessions}
          </div>
          <div className="hint">done / planned</div>
        </div>
        <div className="figure">
          <div className="label">Next due</div>
          <div className="value" style={{ fontSize: '1.05rem', paddingTop: 6 }} data-testid="next-due">
            {active ? <DueBadge due={summary.nextDue} today={today} overdue={summary.overdue} /> : '—'}
          </div>
          <div className="hint">last session + {course.intervalWeeks} weeks</div>
        </div>
        <ChangeFigure label="Pain" assessable={summary.sessionsDone > 1} change={summary.change.pain} lowerIsBetter />
        <ChangeFigure label="Mobility" assessable={summary.sessionsDone > 1} change={summary.change.mobility} lowerIsBetter={false} />
        <ChangeFigure label="Sleep" assessable={summary.sessionsDone > 1} change={summary.change.sleep} lowerIsBetter={false} />
      </div>
      <div className="two-col">
        <figure className="card chart-card" style={{ margin: 0 }}>
          <h2>Scores by session</h2>
          <ProgressChart data={chartData} />
          <figcaption data-testid="progress-summary">{progressSummary}</figcaption>
        </figure>
        <figure className="card chart-card" style={{ margin: 0 }}>
          <h2>Injections per session</h2>
          <InjectionsChart data={chartData} />
          <figcaption data-testid="injections-summary">{injectionSummary}</figcaption>
        </figure>
      </div>
      <section style={{ marginTop: 22 }} aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" style={{ marginBottom: 10 }}>
          Sessions
        </h2>
        <SessionsTable courseId={course.id} sessions={sessions} editableBy={canWrite && active ? actorId : null} />
      </section>
      <CourseLetters courseId={course.id} referrer={referrer} canWrite={canWrite} />
      {canWrite && (
        <div className="two-col" style={{ marginTop: 22 }}>
          <section className="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading" style={{ marginBottom: 10 }}>Notes</h2>
            <CourseNotesForm action={updateCourseNotesAction.bind(null, course.id)} notes={course.notes} />
          </section>
          {active && (
            <section className="card" aria-labelledby="close-heading">
              <h2 id="close-heading" style={{ marginBottom: 10 }}>Close course</h2>
              <CloseCourseForm action={closeCourseAction.bind(null, course.id)} today={today} />
            </section>
          )}
        </div>
      )}
      {!canWrite && course.notes && (
        <section className="card" style={{ marginTop: 22 }}>
          <h2>Notes</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{course.notes}</p>
        </section>
      )}
    </>
  );
}
