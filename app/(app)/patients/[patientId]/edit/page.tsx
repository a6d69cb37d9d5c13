import type { Metadata } from 'next';
import { patientForPage } from '@/lib/patient-page';
import { patientName } from '@/lib/domain/patient-name';
import { updatePatientAction } from '@/lib/actions/patient-actions';
import { PageHeader, patientCrumbs } from '@/components/page-header';
import { PatientForm } from '@/components/patients/patient-form';

export const metadata: Metadata = { title: 'Edit patient' };

export default async function EditPatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patient } = await patientForPage(params, ['specialist']);
  const name = patientName(patient);
  return (
    <>
      <PageHeader title={`Edit ${name}`} crumbs={patientCrumbs(patient, name, { label: 'Edit' })} />
      <PatientForm action={updatePatientAction.bind(null, patient.id)} initial={patient} submitLabel="Save changes" />
    </>
  );
}
