import { isAppError } from '../errors';
import type { FormState } from '../validation/form-errors';

/** Turns an expected failure into form state; unexpected ones get a generic message and a log line. */
export function failureState(error: unknown): FormState {
  if (isAppError(error)) {
    if (error.status === 401) return { message: 'Your session has ended. Sign in again to save.' };
    return { message: error.message, errors: error.fields };
  }
  console.error('Unexpected error in server action:', error instanceof Error ? error.message : 'unknown');
  return { message: 'Something went wrong and nothing was saved. Try again.' };
}
