'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { createPatient, setPatientArchived, updatePatient } from '../patients';
import { patientFormValues } from '../validation/patient';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

export async function createPatientAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id: number;
  try {
    ({ id } = await createPatient(patientFormValues(form)));
  } catch (error) {
    return failureState(error);
  }
  redirect(`/patients/${id}?saved=patient`);
}

export async function updatePatientAction(patientId: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await updatePatient(patientId, patientFormValues(form));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(`/patients/${patientId}`);
  redirect(`/patients/${patientId}?saved=patient`);
}

export async function setArchivedAction(patientId: number, archived: boolean, _prev: FormState, _form: FormData): Promise<FormState> {
  try {
    await setPatientArchived(patientId, archived);
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(`/patients/${patientId}`);
  return { ok: true, message: archived ? 'Patient archived.' : 'Patient restored.' };
}
