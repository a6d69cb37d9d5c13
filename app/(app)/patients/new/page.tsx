import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { createPatientAction } from '@/lib/actions/patient-actions';
import { PageHeader } from '@/components/page-header';
import { PatientForm } from '@/components/patients/patient-form';

export const metadata: Metadata = { title: 'New patient' };

export default async function NewPatientPage() {
  await requirePageActor(['specialist']);
  return (
    <>
      <PageHeader
        title="New patient"
        crumbs={[{ href: '/patients', label: 'Patients' }, { label: 'New patient' }]}
        subtitle="The patient is assigned to you."
      />
      <PatientForm action={createPatientAction} submitLabel="Save patient" />
    </>
  );
}
