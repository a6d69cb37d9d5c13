import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { users, type Role } from '@/db/schema';
import { recordAudit } from '../audit/chain';
import { BUSY_MESSAGE } from './hash-gate';
import { startSession } from './sessions';
import { lockedMessage, releaseLoginAttempt, reserveLoginAttempt, settleLoginAttempt } from './throttle';
import { dummyPasswordHash, hashingGate, verifyPassword } from './password';
import { SECOND_STEP_ERRORS } from './two-factor-policy';
import { checkSecondFactor, claimSecondFactor, twoFactorStatus, type CodeCheck } from './two-factor-store';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The server-side session started by this sign-in, for the session token. */
  sid: string;
  cv: string;
}

/** Thrown for a refused attempt whose message the login page shows as is. */
export class LoginRefused extends Error {}

/**
 * Checks email and password, then, for an account with two-factor on, the code (a current TOTP code or an unused
 * recovery code; `credentials.code`). A right password without a code is refused with SECOND_STEP_ERRORS.required
 * and does not count (the login form then asks for the code and sends the password again); a wrong or replayed code
 * counts as a failed attempt, like a wrong password. The attempt is counted (reserved) before its password is hashed, so concurrent
 * attempts cannot outrun the lock; a locked attempt is refused without hashing. Otherwise exactly one argon2 hash
 * is verified (a dummy one for unknown accounts), so the response time does not reveal whether an account exists.
 * When password checking is at capacity the attempt is refused at once, before anything is recorded.
 */
export async function authenticate(credentials: Record<string, unknown> | undefined, ip: string | null): Promise<SignedInUser | null> {
  const email = String(credentials?.email ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 254);
  const password = String(credentials?.password ?? '').slice(0, 1024);
  const code = String(credentials?.code ?? '')
    .trim()
    .slice(0, 64);
  const dummyHash = await dummyPasswordHash();
  // Nothing awaits from this check until verifyPassword joins the gate, so the gate cannot fill up in between.
  if (hashingGate.full) throw new LoginRefused(BUSY_MESSAGE);
  const db = getDb();
  const reservation = reserveLoginAttempt(db, email, ip);
  const user = email ? db.select().from(users).where(eq(users.email, email)).get() : undefined;

  if (reservation.locked) {
    recordAudit(db, {
      userId: user?.id ?? null,
      userEmail: email,
      action: 'login',
      outcome: 'denied',
      details: { reason: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds },
      ip,
    });
    throw new LoginRefused(lockedMessage(reservation.retryAfterSeconds));
  }
  const ok = (await verifyPassword(user?.passwordHash ?? dummyHash, password)) && !!user;
  let failure: string | null = !user ? 'unknown_account' : !ok ? 'bad_password' : !user.active ? 'inactive' : null;
  let second: CodeCheck | undefined;
  if (user && !failure && twoFactorStatus(db, user.id).enabled) {
    if (!code) {
      db.transaction(
        () => {
          releaseLoginAttempt(db, reservation.attemptId);
          recordAudit(db, { userId: user.id, userEmail: user.email, action: 'login', outcome: 'denied', details: { reason: 'code_required' }, ip });
        },
        { behavior: 'immediate' },
      );
      throw new LoginRefused(SECOND_STEP_ERRORS.required);
    }
    second = await checkSecondFactor(db, user.id, code, { recovery: true });
    if (!second.ok) failure = second.reason;
  }
  const session = db.transaction(
    () => {
      if (user && !failure && second?.ok && !claimSecondFactor(db, user.id, second.factor)) failure = 'code_replayed';
      settleLoginAttempt(db, reservation.attemptId, failure ? 'failure' : 'success');
      recordAudit(db, {
        userId: user?.id ?? null,
        userEmail: user?.email ?? (email || null),
        action: 'login',
        outcome: failure ? 'failure' : 'success',
        details: failure ? { reason: failure } : second?.ok ? { secondFactor: second.factor.kind } : null,
        ip,
      });
      if (user && !failure && second?.ok && second.factor.kind === 'recovery') {
        recordAudit(db, {
          userId: user.id,
          userEmail: user.email,
          action: 'account.recovery_code_used',
          entity: 'user',
          entityId: user.id,
          outcome: 'success',
          details: { recoveryCodeId: second.factor.id },
          ip,
        });
      }
      return user && !failure ? startSession(db, user) : undefined;
    },
    { behavior: 'immediate' },
  );
  if (failure === 'bad_code') throw new LoginRefused(SECOND_STEP_ERRORS.invalid);
  if (failure === 'code_replayed') throw new LoginRefused(SECOND_STEP_ERRORS.replayed);
  if (!user || !session) return null;
  return { id: String(user.id), name: user.name, email: user.email, role: user.role, ...session };
}
