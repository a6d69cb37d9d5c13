import { isAppError, logUnexpected } from '../errors';
import type { FormState } from '../validation/form-errors';

/** Turns a failure into form state, keeping what the user typed; unexpected ones get a generic message and a log line. */
export function failureState(error: unknown, values?: Record<string, string>): FormState {
  if (isAppError(error)) return error.toFormState(values);
  logUnexpected('server action', error);
  return { message: 'Something went wrong and nothing was saved. Try again.', values };
}
