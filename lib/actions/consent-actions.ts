'use server';

import { revalidatePath } from 'next/cache';
import { recordConsent } from '../consents';
import { CONSENT_FORM_FIELDS } from '../validation/consent';
import { formValues } from '../validation/form-values';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

/** Records the patient's consent on a course (course page). */
export async function recordConsentAction(courseId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, CONSENT_FORM_FIELDS);
  try {
    const { courseId: id } = await recordConsent(courseId, values);
    revalidatePath(`/courses/${id}`);
  } catch (error) {
    return failureState(error, values);
  }
  return { ok: true, message: 'Consent recorded.' };
}
