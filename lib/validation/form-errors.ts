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

/** What a server action answers a form with. */
export interface FormState {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
  /** What the user typed, returned with a failure. */
  values?: Record<string, string>;
  /** A generated password, shown once with the success message and never again. */
  password?: string;
  /** New two-factor recovery codes, shown once with the success message and never again. */
  recoveryCodes?: string[];
}
