import type { ZodError } from 'zod';
import { AppError } from '../errors';
import { idSchema } from './common';
import { fieldErrorsOf } from './form-errors';

/** An id from a route or a bound action argument; anything else is "not found". */
export function parseId(raw: unknown): number {
  const id = idSchema.safeParse(raw);
  if (!id.success) throw new AppError('not_found');
  return id.data;
}

/** The parsed value, or a 422 with each field's first message. */
export function parseOrThrow<T>(result: { success: true; data: T } | { success: false; error: ZodError }): T {
  if (!result.success) throw new AppError('invalid', 'Some fields need attention.', fieldErrorsOf(result.error));
  return result.data;
}
