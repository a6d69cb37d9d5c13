// Stand-in for `next/headers` in tests that run the real getActor: `vi.mock('next/headers', () =>
// import('./support/session-cookies'))`, then `signedIn.userId = …`. The cookie holds a real session token for a
// real server-side session (started once per user), so every check getActor makes runs as in the app.
import { eq } from 'drizzle-orm';
import { encode, type JWT } from 'next-auth/jwt';
import { getDb } from '@/db/index';
import { users } from '@/db/schema';
import { startSession } from '@/lib/auth/sessions';
import { nowInSeconds } from '@/lib/auth/sign-in-policy';

process.env.NEXTAUTH_SECRET ??= 'unit-test-secret-that-is-long-enough-0123456789';

export const signedIn: { userId: number | null; token?: JWT } = { userId: null };
const cookieValues = new Map<number, Promise<string>>();

/** What a successful authorize() adds to the user: a new server-side session (none for an inactive account). */
export function sessionClaims(userId: number): { sid?: string; cv?: string } {
  const user = getDb().select().from(users).where(eq(users.id, userId)).get();
  return user?.active ? startSession(getDb(), user) : {};
}

/** A session token as the jwt callback issues it at sign-in. */
export function signInToken(userId: number): JWT {
  const now = nowInSeconds();
  return { uid: userId, ...sessionClaims(userId), authTime: now, lastSeen: now };
}

/** Forgets the cached sessions, so the next request of each user signs in afresh (after a password change). */
export function forgetSessions(): void {
  cookieValues.clear();
}

async function sessionCookie(): Promise<string | undefined> {
  if (signedIn.token) return encode({ token: signedIn.token, secret: process.env.NEXTAUTH_SECRET! });
  const userId = signedIn.userId;
  if (userId == null) return undefined;
  if (!cookieValues.has(userId)) {
    cookieValues.set(userId, encode({ token: signInToken(userId), secret: process.env.NEXTAUTH_SECRET! }));
  }
  return cookieValues.get(userId);
}

export async function cookies() {
  const value = await sessionCookie();
  const all = value ? [{ name: 'next-auth.session-token', value }] : [];
  return { getAll: () => all, get: (name: string) => all.find((c) => c.name === name) };
}

export async function headers() {
  return new Headers();
}
