'use server';

import { revalidatePath } from 'next/cache';
import { recordAdverseEvent, resolveAdverseEvent } from '../adverse-events';
import { ADVERSE_EVENT_FORM_FIELDS, adverseEventFromForm } from '../validation/adverse-event';
import { formValues } from '../validation/form-values';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

/** Records an adverse event from the course page; the form stays for another one. */
export async function recordAdverseEventAction(courseId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ADVERSE_EVENT_FORM_FIELDS);
  try {
    const { courseId: id } = await recordAdverseEvent(courseId, adverseEventFromForm(values));
    revalidatePath(`/courses/${id}`);
  } catch (error) {
    return failureState(error, values);
  }
  return { ok: true, message: 'Adverse event recorded.' };
}

/** Records that an ongoing adverse event has resolved. */
export async function resolveAdverseEventAction(eventId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ['resolutionDate']);
  try {
    const { courseId } = await resolveAdverseEvent(eventId, values);
    revalidatePath(`/courses/${courseId}`);
  } catch (error) {
    return failureState(error, values);
  }
  return { ok: true, message: 'Resolution recorded.' };
}
