'use server';

import { revalidatePath } from 'next/cache';
import { recordCheckInHandling } from '../check-ins/handling';
import { CHECK_IN_HANDLING_FORM_FIELDS } from '../validation/check-in';
import { formValues } from '../validation/form-values';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

/** Records what was done about a red-flag check-in; the course leaves "Needs attention". */
export async function recordCheckInHandlingAction(checkInId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, CHECK_IN_HANDLING_FORM_FIELDS);
  try {
    const { courseId } = await recordCheckInHandling(checkInId, values);
    revalidatePath(`/courses/${courseId}`);
    revalidatePath('/worklist');
  } catch (error) {
    return failureState(error, values);
  }
  return { ok: true, message: 'Recorded. The check-in has left “Needs attention”.' };
}
