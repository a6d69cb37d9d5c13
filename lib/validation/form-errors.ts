import type { ZodError } from 'zod';

export type FieldErrors = Record<string, string>;

/** The first message for each field path, keyed like `sites.0.injectionCount`. */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

export interface FormState {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
}
