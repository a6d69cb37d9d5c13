'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { createPatient, setPatientArchived, updatePatient } from '../patients';
import { formValues } from '../validation/form-values';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

const PATIENT_FIELDS = ['mrn', 'givenName', 'familyName', 'dateOfBirth', 'sex', 'phone', 'email', 'weightKg'] as const;

export async function createPatientAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id: number;
  try {
    ({ id } = await createPatient(formValues(form, PATIENT_FIELDS)));
  } catch (error) {
    return failureState(error);
  }
  redirect(`/patients/${id}?saved=patient`);
}

export async function updatePatientAction(patientId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  let id: number;
  try {
    ({ id } = await updatePatient(patientId, formValues(form, PATIENT_FIELDS)));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(`/patients/${id}`);
  redirect(`/patients/${id}?saved=patient`);
}

export async function setArchivedAction(patientId: unknown, archived: unknown, _prev: FormState, _form: FormData): Promise<FormState> {
  try {
    const { id } = await setPatientArchived(patientId, archived);
    revalidatePath(`/patients/${id}`);
  } catch (error) {
    return failureState(error);
  }
  return { ok: true, message: archived === true ? 'Patient archived.' : 'Patient restored.' };
}
