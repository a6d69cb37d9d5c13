import type { Metadata } from 'next';
import { patientForPage } from '@/lib/patient-page';
import { referrerOptions } from '@/lib/referrers';
import { createCourseAction } from '@/lib/actions/course-actions';
import { todayIso } from '@/lib/domain/dates';
import { getSettings } from '@/lib/settings';
import { patientName } from '@/lib/domain/patient-name';
import { PageHeader, patientCrumbs } from '@/components/page-header';
import { CourseForm } from '@/components/courses/course-form';

export const metadata: Metadata = { title: 'Start course' };

export default async function NewCoursePage({ params }: { params: Promise<{ patientId: string }> }) {
  const [{ patient }, referrers] = await Promise.all([patientForPage(params, ['specialist']), referrerOptions()]);
  const name = patientName(patient);
  const settings = getSettings();
  return (
    <>
      <PageHeader
        title="Start a treatment course"
        crumbs={patientCrumbs(patient, name, { label: 'New course' })}
        subtitle={`${name} · MRN ${patient.mrn}`}
      />
      <CourseForm
        action={createCourseAction.bind(null, patient.id)}
        today={todayIso()}
        referrers={referrers}
        defaults={{ plannedSessions: settings.defaultPlannedSessions, intervalWeeks: settings.defaultIntervalWeeks }}
      />
    </>
  );
}
