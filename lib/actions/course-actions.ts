'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { closeCourse, createCourse, updateCourseNotes } from '../courses';
import { formValues } from '../validation/form-values';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

const COURSE_FIELDS = ['condition', 'region', 'side', 'startDate', 'plannedSessions', 'intervalWeeks', 'notes', 'referrerId'] as const;

export async function createCourseAction(patientId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  let id: number;
  try {
    ({ id } = await createCourse(patientId, formValues(form, COURSE_FIELDS)));
  } catch (error) {
    return failureState(error);
  }
  redirect(`/courses/${id}?saved=course`);
}

export async function closeCourseAction(courseId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  let id: number;
  try {
    ({ id } = await closeCourse(courseId, formValues(form, ['status', 'endDate', 'endReason'])));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(`/courses/${id}`);
  redirect(`/courses/${id}?saved=closed`);
}

export async function updateCourseNotesAction(courseId: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { id } = await updateCourseNotes(courseId, formValues(form, ['notes']));
    revalidatePath(`/courses/${id}`);
  } catch (error) {
    return failureState(error);
  }
  return { ok: true, message: 'Notes saved.' };
}
