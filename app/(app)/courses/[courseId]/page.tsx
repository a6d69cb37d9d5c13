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
import { PageHeader, patientCrumbs } from '@/components/page-header';
import { Flash } from '@/components/flash';
import { CourseFigures } from '@/components/courses/course-figures';
import { CourseCharts } from '@/components/courses/course-charts';
import { SessionsTable } from '@/components/courses/sessions-table';
import { CloseCourseForm, CourseNotesForm } from '@/components/courses/course-manage';
import { FollowUpSchedule } from '@/components/follow-ups/follow-up-schedule';
import { CourseLetters } from '@/components/reports/course-letters';
import { AdverseEventList } from '@/components/adverse-events/adverse-event-list';
import { RecordAdverseEventForm } from '@/components/adverse-events/adverse-event-forms';
import { recordAdverseEventAction } from '@/lib/actions/adverse-event-actions';
import { ConsentSection } from '@/components/consents/consent-section';
import { getSettings } from '@/lib/settings';
import { CheckInOffer, CourseCheckIns } from '@/components/check-ins/course-check-ins';

export const metadata: Metadata = { title: 'Course' };

export default async function CoursePage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<{ saved?: string; adverseSession?: string }>;
}) {
  await requirePageActor();
  const { courseId } = await params;
  const { saved, adverseSession } = await searchParams;
  const {
    course,
    patient,
    specialistName,
    referrer,
    sessions,
    adverseEvents,
    consents,
    consentVersions,
    summary,
    selfReports,
    checkIns,
    canWrite,
    actorId,
  } = await pageData(() => getCourseDetail(courseId));
  const name = patientName(patient);
  const title = `${conditionLabel(course.condition)} · ${regionLabel(course.region)}${course.side !== 'midline' ? `, ${course.side}` : ''}`;
  const today = todayIso();
  const active = course.status === 'active';

  return (
    <>
      <PageHeader
        title={title}
        crumbs={patientCrumbs(patient, name, { label: conditionLabel(course.condition) })}
        subtitle={
          <>
            <Link href={`/patients/${patient.id}`}>{name}</Link> · MRN {patient.mrn} · {specialistName} · started {formatDate(course.startDate)} ·
            every {course.intervalWeeks} weeks
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
      <CheckInOffer data={checkIns} justSaved={saved === 'session' || saved === 'session-updated'} />
      {active && canWrite && summary.sessionsDone >= summary.plannedSessions && (
        <div className="notice" role="note">
          All {summary.plannedSessions} planned sessions are done. Review the course: close it as completed below, or log another session if treatment
          continues.
        </div>
      )}
      <CourseFigures course={course} summary={summary} today={today} />
      <CourseCharts sessions={sessions} summary={summary} patientReported={selfReports.chartPoints} />
      <section className="page-section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="section-title">
          Sessions
        </h2>
        <SessionsTable
          courseId={course.id}
          sessions={sessions}
          editableBy={canWrite && active ? actorId : null}
          patientReported={selfReports.bySession}
        />
      </section>
      <CourseCheckIns courseId={course.id} data={checkIns} settings={getSettings()} />
      <ConsentSection courseId={course.id} consents={consents} versions={consentVersions} canWrite={canWrite} today={today} />
      <section className="page-section" aria-labelledby="adverse-heading">
        <h2 id="adverse-heading" className="section-title">
          Adverse events
        </h2>
        <AdverseEventList events={adverseEvents} sessionNumbers={new Map(sessions.map((s) => [s.id, s.number]))} canWrite={canWrite} today={today} />
        {canWrite && sessions.length > 0 && (
          <section className="card" aria-labelledby="record-adverse-heading">
            <h3 id="record-adverse-heading">Record an adverse event</h3>
            <RecordAdverseEventForm
              key={adverseSession ?? 'latest'}
              action={recordAdverseEventAction.bind(null, course.id)}
              sessions={sessions.map((s) => ({ id: s.id, label: `Session ${s.number} · ${formatDate(s.sessionDate)}` }))}
              today={today}
              defaultSessionId={adverseSession}
            />
          </section>
        )}
      </section>
      <FollowUpSchedule courseId={course.id} data={selfReports} />
      <CourseLetters courseId={course.id} referrer={referrer} canWrite={canWrite} />
      {canWrite && (
        <div className="two-col page-section">
          <section className="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="section-title">
              Notes
            </h2>
            <CourseNotesForm action={updateCourseNotesAction.bind(null, course.id)} notes={course.notes} />
          </section>
          {active && (
            <section className="card" aria-labelledby="close-heading">
              <h2 id="close-heading" className="section-title">
                Close course
              </h2>
              <CloseCourseForm action={closeCourseAction.bind(null, course.id)} today={today} />
            </section>
          )}
        </div>
      )}
      {!canWrite && course.notes && (
        <section className="card page-section">
          <h2>Notes</h2>
          <p className="pre-wrap">{course.notes}</p>
        </section>
      )}
    </>
  );
}
