'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { createSession, deleteSession, updateSession } from '../sessions';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

/** Saves a new session (sessionId null) or the author's edit of one; lands on the course page. */
export async function saveSessionAction(courseId: unknown, sessionId: unknown, payload: unknown): Promise<FormState> {
  let target: number;
  try {
    if (sessionId == null) {
      ({ courseId: target } = await createSession(courseId, payload));
    } else {
      ({ courseId: target } = await updateSession(sessionId, payload));
    }
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(`/courses/${target}`);
  redirect(`/courses/${target}?saved=${sessionId == null ? 'session' : 'session-updated'}`);
}

export async function deleteSessionAction(sessionId: unknown): Promise<FormState> {
  let courseId: number;
  try {
    ({ courseId } = await deleteSession(sessionId));
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(`/courses/${courseId}`);
  redirect(`/courses/${courseId}?saved=session-deleted`);
}
