import { createHmac } from 'node:crypto';
import { differenceInCalendarDays, differenceInYears, parseISO } from 'date-fns';

/**
 * A stable pseudonymous key for a record: HMAC-SHA256 of `kind:id` under the export key.
 * Without the secret the key cannot be linked back to the record id.
 */
export function pseudonymKey(kind: 'patient' | 'course' | 'specialist', id: number, secret: string): string {
  if (!secret) throw new Error('A secret is required to pseudonymise exports.');
  return createHmac('sha256', secret).update(`${kind}:${id}`).digest('hex').slice(0, 16);
}

/** Ten-year age band at a date ("under 18", "18-29", "30-39", …, "90+"), in place of the date of birth. */
export function ageBand(dateOfBirth: string, onDate: string): string {
  const age = differenceInYears(parseISO(onDate), parseISO(dateOfBirth));
  if (age < 18) return 'under 18';
  if (age < 30) return '18-29';
  if (age >= 90) return '90+';
  const low = Math.floor(age / 10) * 10;
  return `${low}-${low + 9}`;
}

/** Whole days from the course start, the only form dates take in an export. */
export function daysSince(startDate: string, date: string | null): number | null {
  return date ? differenceInCalendarDays(parseISO(date), parseISO(startDate)) : null;
}
