import 'server-only';
import { addDays, parseISO } from 'date-fns';
import { sql } from 'drizzle-orm';
import { toIsoDate } from '../domain/outcome-rules';

/**
 * Session dates whose check-in window contains `today` or has opened by it (settings `checkInFromDays` /
 * `checkInToDays`): a check-in window is a fixed offset from its session date, so these are plain date bounds.
 */
export function checkInDateBounds(today: string, settings: { checkInFromDays: number; checkInToDays: number }) {
  const day = parseISO(today);
  return {
    /** Sessions on or before this date have a check-in whose window has opened. */
    openedBy: toIsoDate(addDays(day, -Math.min(settings.checkInFromDays, settings.checkInToDays))),
    /** Sessions on or after this date have a check-in whose window has not closed. */
    openFrom: toIsoDate(addDays(day, -settings.checkInToDays)),
  };
}

/**
 * SQL condition: the session (alias `s`, with injections) has a check-in — check-ins had started by its date, or its
 * check-in (alias `k`) was answered (lib/domain/check-in.ts `hasCheckIn`).
 */
export function checkInApplies(settings: { checkInsStartDate: string }) {
  return sql`(${settings.checkInsStartDate} = '' or s.session_date >= ${settings.checkInsStartDate} or k.id is not null)`;
}
