import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, logUnexpected } from '@/lib/errors';
import { failureState } from '@/lib/actions/form-state';
import { formValues } from '@/lib/validation/form-values';
import { patientInputSchema } from '@/lib/validation/patient';
import { fieldErrorsOf } from '@/lib/validation/form-errors';

const logged = () =>
  vi
    .mocked(console.error)
    .mock.calls.map((args) => args.join(' '))
    .join('\n');
afterEach(() => vi.restoreAllMocks());

describe('AppError answers a route handler and a form by itself', () => {
  it('becomes JSON with its status, and field errors only when it has some', async () => {
    const plain = new AppError('payload_too_large', 'The body is larger than 64 KB.').toResponse();
    expect(plain.status).toBe(413);
    expect(await plain.json()).toEqual({ error: 'The body is larger than 64 KB.' });
    const invalid = new AppError('invalid', 'Some fields need attention.', { pain: 'Choose a pain score' }).toResponse();
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({ error: 'Some fields need attention.', errors: { pain: 'Choose a pain score' } });
  });

  it('becomes form state that keeps what was typed; an ended session asks to sign in again', () => {
    const values = { email: 'nia@' };
    expect(new AppError('invalid', 'Some fields need attention.', { email: 'Enter a valid email' }).toFormState(values)).toEqual({
      message: 'Some fields need attention.',
      errors: { email: 'Enter a valid email' },
      values,
    });
    expect(failureState(new AppError('unauthenticated'), values)).toEqual({ message: 'Your session has ended. Sign in again to save.', values });
    expect(failureState(new AppError('forbidden')).message).toBe('You do not have access to this.');
  });
});

describe('unexpected errors', () => {
  it('get a generic message and one log line without the values a failed query carried', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const sqlite = Object.assign(new Error('CHECK constraint failed: pain_range'), { name: 'SqliteError', code: 'SQLITE_CONSTRAINT_CHECK' });
    const query = new Error('Failed query: insert into "patients" ("mrn", "given_name") values (?, ?)\nparams: MRN-0042,Ada', { cause: sqlite });
    expect(failureState(query, { givenName: 'Ada' })).toEqual({
      message: 'Something went wrong and nothing was saved. Try again.',
      values: { givenName: 'Ada' },
    });
    expect(console.error).toHaveBeenCalledTimes(1);
    expect(logged()).toMatch(/^\[server action\] unexpected error: Error: Failed query: insert into "patients"/);
    expect(logged()).toContain('SqliteError SQLITE_CONSTRAINT_CHECK: CHECK constraint failed: pain_range');
    expect(logged()).not.toMatch(/MRN-0042|Ada/);
  });

  it('log something readable for values that are not errors', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    logUnexpected('page', { patient: 'Ada Lovelace' });
    expect(logged()).toBe('[page] unexpected error: non-error object');
  });
});

describe('form values', () => {
  it('reads each named field as a string, missing and file fields as empty', () => {
    const form = new FormData();
    form.set('name', ' Dr Nia ');
    form.set('photo', new Blob(['x']), 'photo.png');
    expect(formValues(form, ['name', 'email', 'photo'])).toEqual({ name: ' Dr Nia ', email: '', photo: '' });
  });
});

describe('required text messages', () => {
  it('keep an acronym in capitals and lower-case other labels mid-sentence', () => {
    const result = patientInputSchema.safeParse({ mrn: '', givenName: ' ', familyName: '', dateOfBirth: '1970-01-01', sex: 'female' });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors.mrn).toBe('Enter the MRN');
    expect(errors.givenName).toBe('Enter the given name');
    expect(errors.familyName).toBe('Enter the family name');
  });
});
