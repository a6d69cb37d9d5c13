import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { users, type Role } from '@/db/schema';
import { recordAudit } from '../audit/chain';
import { loginLockState, lockedMessage } from './throttle';
import { dummyPasswordHash, verifyPassword } from './password';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Thrown for a refused attempt whose message the login page shows as is. */
export class LoginRefused extends Error {}

/**
 * The client's address as the nearest proxy saw it: the right-most X-Forwarded-For entry (Next sets the
 * header to the socket address when no proxy did). Deploy behind a reverse proxy that appends to it.
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  if (typeof forwarded !== 'string' || !forwarded) return null;
  const last = forwarded.split(',').pop()?.trim();
  return last ? last.slice(0, 64) : null;
}

/**
 * Checks email and password. Always verifies one argon2 hash (a dummy one for unknown accounts or locked
 * attempts) so the response time does not reveal whether an account exists or is locked.
 */
export async function authenticate(
  credentials: Record<string, unknown> | undefined,
  ip: string | null,
): Promise<SignedInUser | null> {
  const email = String(credentials?.email ?? '').trim().toLowerCase().slice(0, 254);
  const password = String(credentials?.password ?? '').slice(0, 1024);
  const db = getDb();
  const lock = email ? loginLockState(db, email, ip) : ({ locked: false } as const);
  const user = email ? db.select().from(users).where(eq(users.email, email)).get() : undefined;
  const hash = user && !lock.locked ? user.passwordHash : await dummyPasswordHash();
  const ok = (await verifyPassword(hash, password)) && !!user && !lock.locked;

  if (lock.locked) {
    recordAudit(db, {
      userId: user?.id ?? null,
      userEmail: email,
      action: 'login',
      outcome: 'denied',
      details: { reason: 'throttled', retryAfterSeconds: lock.retryAfterSeconds },
      ip,
    });
    throw new LoginRefused(lockedMessage(lock.retryAfterSeconds));
  }
  if (!user || !ok || !user.active) {
    recordAudit(db, {
      userId: user?.id ?? null,
      userEmail: email || null,
      action: 'login',
      outcome: 'failure',
      details: { reason: !user ? 'unknown_account' : !ok ? 'bad_password' : 'inactive' },
      ip,
    });
    return null;
  }
  recordAudit(db, { userId: user.id, userEmail: user.email, action: 'login', outcome: 'success', ip });
  return { id: String(user.id), name: user.name, email: user.email, role: user.role };
}
