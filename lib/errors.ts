import type { FormState } from './validation/form-errors';

export type AppErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid'
  | 'too_many';

const STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  too_many: 429,
};

const DEFAULT_MESSAGE: Record<AppErrorCode, string> = {
  bad_request: 'The request could not be read.',
  unauthenticated: 'Please sign in.',
  forbidden: 'You do not have access to this.',
  not_found: 'Not found.',
  conflict: 'This conflicts with an existing record.',
  payload_too_large: 'The request is too large.',
  unsupported_media_type: 'The request is not in a format this accepts.',
  invalid: 'Some fields need attention.',
  too_many: 'Too many attempts. Try again later.',
};

/** An expected failure with a safe, user-facing message; it answers a route handler or a form by itself. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    message: string = DEFAULT_MESSAGE[code],
    /** Field-level messages keyed by field path (e.g. `sites.0.injectionCount`). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }

  /** JSON `{ error, errors? }` with this error's status. */
  toResponse(): Response {
    const body: Record<string, unknown> = { error: this.message };
    if (Object.keys(this.fields).length > 0) body.errors = this.fields;
    return Response.json(body, { status: this.status });
  }

  /** The form's message and field errors, keeping what the user typed. */
  toFormState(values?: Record<string, string>): FormState {
    if (this.code === 'unauthenticated') return { message: 'Your session has ended. Sign in again to save.', values };
    return { message: this.message, errors: this.fields, values };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/**
 * Name, code and the first line of the message only: a failed query's later lines list the values it was given,
 * which may be patient data. The direct cause (e.g. the SQLite error under a failed query) is described the same way.
 */
function describe(error: unknown, withCause = true): string {
  if (!(error instanceof Error)) return `non-error ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const line = `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message.split('\n', 1)[0].slice(0, 200)}`;
  return withCause && error.cause instanceof Error ? `${line} (cause ${describe(error.cause, false)})` : line;
}

/** The one log line for a failure nobody expected. Never log the error object, a request body or form values. */
export function logUnexpected(where: string, error: unknown): void {
  console.error(`[${where}] unexpected error: ${describe(error)}`);
}
