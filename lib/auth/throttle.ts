import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/index';
import { loginAttempts } from '@/db/schema';

/** Failed sign-ins allowed per window before further attempts are refused. */
export const LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 10,
  maxFailuresPerAddress: 30,
} as const;

export type LockState = { locked: false } | { locked: true; retryAfterSeconds: number };
export type Reservation = { locked: false; attemptId: number } | { locked: true; retryAfterSeconds: number };

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Counted from login_attempts, where an attempt counts while it is a failure or still being checked (`pending`):
 * an account is locked while it has `maxFailuresPerAccount` of them in the window since its last successful
 * sign-in; an address while it has `maxFailuresPerAddress` in the window. The lock lifts when the oldest counted
 * attempt leaves the window. Each lookup is an index range over one account's or address's window.
 */
export function loginLockState(db: DbOrTx, email: string, ip: string | null, nowMs: number = Date.now()): LockState {
  const windowStart = iso(nowMs - LOGIN_THROTTLE.windowSeconds * 1000);
  const lastSuccess = db.get<{ at: string | null }>(sql`
    select max(at) as at from login_attempts where email = ${email} and at > ${windowStart} and outcome = 'success'`)?.at;
  const byAccount = nthRecentCounted(db, sql`email = ${email}`, lastSuccess ?? windowStart, LOGIN_THROTTLE.maxFailuresPerAccount);
  const byAddress = ip ? nthRecentCounted(db, sql`ip = ${ip}`, windowStart, LOGIN_THROTTLE.maxFailuresPerAddress) : undefined;
  const unlockAt = [byAccount, byAddress]
    .filter((at): at is string => at != null)
    .map((at) => Date.parse(at) + LOGIN_THROTTLE.windowSeconds * 1000)
    .reduce((a, b) => Math.max(a, b), 0);
  if (unlockAt <= nowMs) return { locked: false };
  return { locked: true, retryAfterSeconds: Math.ceil((unlockAt - nowMs) / 1000) };
}

/** The `n`th most recent counted attempt after `since` matching `who`, if there are at least `n`. */
function nthRecentCounted(db: DbOrTx, who: ReturnType<typeof sql>, since: string, n: number): string | undefined {
  return db.get<{ at: string }>(sql`
    select at from login_attempts
    where ${who} and at > ${since} and outcome <> 'success'
    order by at desc limit 1 offset ${n - 1}`)?.at;
}

/**
 * Reserves a sign-in attempt before its password is checked: one immediate (write-locking) transaction checks the
 * lock and, unless locked, records the attempt as pending. However many attempts arrive at once, from however many
 * processes, each sees the ones reserved before it, so at most the limit are ever checked. Attempts older than the
 * window are deleted on the way.
 */
export function reserveLoginAttempt(db: Db, email: string, ip: string | null, nowMs: number = Date.now()): Reservation {
  return db.transaction(
    (tx) => {
      tx.delete(loginAttempts)
        .where(lt(loginAttempts.at, iso(nowMs - LOGIN_THROTTLE.windowSeconds * 1000)))
        .run();
      const lock = loginLockState(tx, email, ip, nowMs);
      if (lock.locked) return lock;
      const attempt = tx
        .insert(loginAttempts)
        .values({ at: iso(nowMs), email, ip })
        .returning({ id: loginAttempts.id })
        .get();
      return { locked: false, attemptId: attempt.id };
    },
    { behavior: 'immediate' },
  );
}

export function settleLoginAttempt(db: DbOrTx, attemptId: number, outcome: 'failure' | 'success'): void {
  db.update(loginAttempts).set({ outcome }).where(eq(loginAttempts.id, attemptId)).run();
}

/** Withdraws a reserved attempt that neither failed nor succeeded (the password was right, the code is still to come). */
export function releaseLoginAttempt(db: DbOrTx, attemptId: number): void {
  db.delete(loginAttempts).where(eq(loginAttempts.id, attemptId)).run();
}

/** Forgets an account's failed and pending attempts, so its lock lifts at once; returns how many there were. */
export function clearLoginFailures(db: DbOrTx, email: string): number {
  return db
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.email, email), ne(loginAttempts.outcome, 'success')))
    .run().changes;
}

export function lockedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
