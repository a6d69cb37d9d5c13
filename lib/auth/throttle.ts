import { sql } from 'drizzle-orm';
import type { Db } from '@/db/index';

/** Failed sign-ins allowed per window before further attempts are refused. */
export const LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 10,
  maxFailuresPerAddress: 30,
} as const;

export type LockState = { locked: false } | { locked: true; retryAfterSeconds: number };

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Counted from the audit log: an account is locked while it has `maxFailuresPerAccount` failures in the
 * window since its last successful sign-in; an address while it has `maxFailuresPerAddress` failures in the
 * window. The lock lifts when the oldest counted failure leaves the window.
 */
export function loginLockState(db: Db, email: string, ip: string | null, nowMs: number = Date.now()): LockState {
  const windowStart = iso(nowMs - LOGIN_THROTTLE.windowSeconds * 1000);
  const lastSuccess = db.get<{ at: string | null }>(sql`
    select max(at) as at from audit_events
    where action = 'login' and outcome = 'success' and user_email = ${email}`)?.at;
  const accountSince = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const byAccount = nthRecentFailure(db, sql`user_email = ${email}`, accountSince, LOGIN_THROTTLE.maxFailuresPerAccount);
  const byAddress = ip
    ? nthRecentFailure(db, sql`ip = ${ip}`, windowStart, LOGIN_THROTTLE.maxFailuresPerAddress)
    : undefined;
  const unlockAt = [byAccount, byAddress]
    .filter((at): at is string => at != null)
    .map((at) => Date.parse(at) + LOGIN_THROTTLE.windowSeconds * 1000)
    .reduce((a, b) => Math.max(a, b), 0);
  if (unlockAt <= nowMs) return { locked: false };
  return { locked: true, retryAfterSeconds: Math.ceil((unlockAt - nowMs) / 1000) };
}

/** The `n`th most recent failure after `since` matching `who`, if there are at least `n`. */
function nthRecentFailure(db: Db, who: ReturnType<typeof sql>, since: string, n: number): string | undefined {
  return db.get<{ at: string }>(sql`
    select at from audit_events
    where action = 'login' and outcome = 'failure' and at > ${since} and ${who}
    order by at desc limit 1 offset ${n - 1}`)?.at;
}

export function lockedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
