export type AppErrorCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'invalid' | 'conflict' | 'too_many';

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 422,
  conflict: 409,
  too_many: 429,
};

/** An expected failure with a safe, user-facing message and an HTTP status. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    message: string = defaultMessage(code),
    /** Field-level messages keyed by field path (e.g. `sites.0.injectionCount`). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

function defaultMessage(code: AppErrorCode): string {
  switch (code) {
    case 'unauthenticated':
      return 'Please sign in.';
    case 'forbidden':
      return 'You do not have access to this.';
    case 'not_found':
      return 'Not found.';
    case 'invalid':
      return 'Some fields need attention.';
    case 'conflict':
      return 'This conflicts with an existing record.';
    case 'too_many':
      return 'Too many attempts. Try again later.';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
