import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { pageData } from '@/lib/page-data';
import { getPatient } from '@/lib/patients';
import { referrerOptions } from '@/lib/referrers';
import { createCourseAction } from '@/lib/actions/course-actions';
import { todayIso } from '@/lib/domain/dates';
import { patientName } from '@/lib/domain/patient-name';
import { PageHeader } from '@/components/page-header';
import { CourseForm } from '@/components/courses/course-form';

export const metadata: Metadata = { title: 'Start course' };

export default async function NewCoursePage({ params }: { params: Promise<{ patientId: string }> }) {
  await requirePageActor(['specialist']);
  const { patientId } = await params;
  const [patient, referrers] = await Promise.all([pageData(() => getPatient(patientId)), referrerOptions()]);
  const name = patientName(patient);
  return (
    <>
      <PageHeader
        title="Start a treatment course"
        crumbs={[{ href: '/patients', label: 'Patients' }, { href: `/patients/${patient.id}`, label: name }, { label: 'New course' }]}
        subtitle={`${name} · MRN ${patient.mrn}`}
      />
      <CourseForm action={createCourseAction.bind(null, patient.id)} today={todayIso()} referrers={referrers} />
    </>
  );
}
