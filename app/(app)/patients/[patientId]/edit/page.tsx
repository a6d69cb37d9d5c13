import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getPatient } from '@/lib/patients';
import { patientName } from '@/lib/domain/patient-name';
import { updatePatientAction } from '@/lib/actions/patient-actions';
import { pageData } from '@/lib/page-data';
import { PageHeader } from '@/components/page-header';
import { PatientForm } from '@/components/patients/patient-form';

export const metadata: Metadata = { title: 'Edit patient' };

export default async function EditPatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  await requirePageActor(['specialist']);
  const { patientId } = await params;
  const patient = await pageData(() => getPatient(patientId));
  const name = patientName(patient);
  return (
    <>
      <PageHeader
        title={`Edit ${name}`}
        crumbs={[{ href: '/patients', label: 'Patients' }, { href: `/patients/${patient.id}`, label: name }, { label: 'Edit' }]}
      />
      <PatientForm action={updatePatientAction.bind(null, patient.id)} initial={patient} submitLabel="Save changes" />
    </>
  );
}
