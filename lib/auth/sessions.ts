import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import { getDb, type DbOrTx } from '@/db/index';
import { SESSION_END_REASONS, authSessions, twoFactor, users, type Role } from '@/db/schema';
import { ACTIVITY_REFRESH_SECONDS, SESSION_MAX_AGE_SECONDS, nowInSeconds, sessionVerdict } from './sign-in-policy';

export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** The session id travels only inside the encrypted token; the database keeps its hash. */
const idHash = (sid: string) => createHash('sha256').update(sid).digest('base64url');

/** Changes whenever the password does, so a password changed by any route ends the sessions issued before. */
function credentialVersion(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

/**
 * Records a new sign-in session (call in the transaction that records the successful sign-in) and returns the
 * claims its token carries. Rows of sessions past their maximum age are deleted on the way.
 */
export function startSession(db: DbOrTx, user: { id: number; passwordHash: string }, nowMs: number = Date.now()): { sid: string; cv: string } {
  const sid = randomBytes(32).toString('base64url');
  const at = new Date(nowMs).toISOString();
  const expired = new Date(nowMs - SESSION_MAX_AGE_SECONDS * 1000).toISOString();
  db.delete(authSessions).where(lt(authSessions.createdAt, expired)).run();
  db.insert(authSessions)
    .values({ idHash: idHash(sid), userId: user.id, createdAt: at, lastSeenAt: at })
    .run();
  return { sid, cv: credentialVersion(user.passwordHash) };
}

export interface SessionAccount {
  id: number;
  role: Role;
  name: string;
  email: string;
  /** Set by an admin's create or reset: nothing but choosing a new password is allowed until it is cleared. */
  mustChangePassword: boolean;
  /** Two-factor sign-in is switched on for the account. */
  twoFactorEnabled: boolean;
}

/**
 * The account a session token stands for, or undefined when the session is over: flagged revoked, idle or past
 * its maximum age, ended on the server (sign-out, deactivation, password reset) or unknown there, the account
 * deactivated, or its password changed since sign-in. One indexed lookup; records activity at most once a minute.
 */
export function sessionAccount(token: JWT, nowSeconds: number = nowInSeconds()): SessionAccount | undefined {
  if (token.revoked || !token.sid || token.uid == null || sessionVerdict(token, nowSeconds) !== 'ok') return undefined;
  const db = getDb();
  const key = idHash(token.sid);
  const row = db
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      active: users.active,
      passwordHash: users.passwordHash,
      mustChangePassword: users.mustChangePassword,
      lastSeenAt: authSessions.lastSeenAt,
      twoFactorEnabledAt: twoFactor.enabledAt,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .leftJoin(twoFactor, eq(twoFactor.userId, users.id))
    .where(and(eq(authSessions.idHash, key), isNull(authSessions.revokedAt)))
    .get();
  if (!row?.active || row.id !== token.uid || credentialVersion(row.passwordHash) !== token.cv) return undefined;
  if (Date.parse(row.lastSeenAt) <= (nowSeconds - ACTIVITY_REFRESH_SECONDS) * 1000) {
    const lastSeenAt = new Date(nowSeconds * 1000).toISOString();
    db.update(authSessions).set({ lastSeenAt }).where(eq(authSessions.idHash, key)).run();
  }
  return {
    id: row.id,
    role: row.role,
    name: row.name,
    email: row.email,
    mustChangePassword: row.mustChangePassword,
    twoFactorEnabled: row.twoFactorEnabledAt != null,
  };
}

/** Ends the session a token belongs to; the token is refused from then on, even if a copy of it is replayed. */
export function endSession(db: DbOrTx, token: Pick<JWT, 'sid'>, reason: SessionEndReason): void {
  if (!token.sid) return;
  db.update(authSessions)
    .set({ revokedAt: new Date().toISOString(), revokedReason: reason })
    .where(and(eq(authSessions.idHash, idHash(token.sid)), isNull(authSessions.revokedAt)))
    .run();
}

/**
 * Ends every session of an account (deactivation, password reset, two-factor reset or switched off), or every one
 * but `exceptSid` (the holder's own, when they change their own sign-in). Reactivating the account revives none.
 */
export function endUserSessions(db: DbOrTx, userId: number, reason: SessionEndReason, exceptSid?: string | null): void {
  db.update(authSessions)
    .set({ revokedAt: new Date().toISOString(), revokedReason: reason })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt), exceptSid ? ne(authSessions.idHash, idHash(exceptSid)) : undefined))
    .run();
}
