'use server';

import { revalidatePath } from 'next/cache';
import { generateLetter } from '../reports/letters';
import { formValues } from '../validation/form-values';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

export async function generateLetterAction(courseId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { courseId: id } = await generateLetter(courseId, formValues(form, ['plan']));
    revalidatePath(`/courses/${id}`);
  } catch (error) {
    return failureState(error);
  }
  return { ok: true, message: 'Letter generated and recorded. Download it from the list below.' };
}
