// Whole-day arithmetic on ISO calendar dates (YYYY-MM-DD) without Date parsing per call: the worklist and the due
// lists compute several dates per row on every request. Same results as date-fns on local dates, because a calendar
// date's arithmetic does not depend on the time zone.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The parts of a YYYY-MM-DD date, or null for anything else (a timestamp, an empty string). */
export function isoDateParts(iso: string): [number, number, number] | null {
  const m = ISO_DATE.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  const parts = isoDateParts(iso);
  if (!parts) throw new RangeError(`Not an ISO calendar date: ${iso}`);
  return Math.round(Date.UTC(parts[0], parts[1] - 1, parts[2]) / DAY_MS);
}

/** The YYYY-MM-DD date `days` after (or before, when negative) `iso`. */
export function addDaysIso(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function calendarDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** `12 Mar 2026` from a YYYY-MM-DD date, or null when it is not one. */
export function shortDate(iso: string): string | null {
  const parts = isoDateParts(iso);
  return parts ? `${parts[2]} ${MONTHS[parts[1] - 1]} ${parts[0]}` : null;
}
