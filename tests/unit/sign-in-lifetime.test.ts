import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { encode, type JWT } from 'next-auth/jwt';
import { useTempDatabase } from './support/test-db';
import { sessionClaims, signedIn } from './support/session-cookies';
import { users } from '@/db/schema';

vi.mock('next/headers', () => import('./support/session-cookies'));

const { authOptions } = await import('@/lib/auth/options');
const { getActor, requireActor } = await import('@/lib/auth/actor');
const { proxy } = await import('@/proxy');

const temp = useTempDatabase();
const SECRET = 'unit-test-secret-that-is-long-enough-0123456789';
let userId = 0;
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
  userId = Number(
    temp.db().insert(users).values({ email: 'life@clinic.test', name: 'Dr Life', role: 'specialist', passwordHash: 'x' }).run().lastInsertRowid,
  );
});
afterEach(() => vi.useRealTimers());
afterAll(() => temp.cleanup());

const now = () => Math.floor(Date.now() / 1000);
const jwt = (token: JWT) => authOptions.callbacks!.jwt!({ token } as never) as Promise<JWT>;
/** A token as issued at sign-in, then aged. */
async function issued(times: { authTime: number; lastSeen: number }): Promise<JWT> {
  const user = { id: String(userId), role: 'specialist', name: 'Dr Life', email: 'life@clinic.test', ...sessionClaims(userId) };
  const token = (await authOptions.callbacks!.jwt!({ token: {}, user } as never)) as JWT;
  return { ...token, ...times };
}
const session = (token: JWT) =>
  authOptions.callbacks!.session!({ session: { user: { name: 'x', email: 'y' }, expires: '' }, token } as never) as unknown as Promise<{
    user?: unknown;
  }>;

describe('session lifetime in the jwt callback', () => {
  it('keeps an active session and records the activity', async () => {
    const token = await jwt(await issued({ authTime: now() - 3600, lastSeen: now() - 29 * 60 }));
    expect(token.revoked).toBeUndefined();
    expect(token.lastSeen).toBeGreaterThanOrEqual(now() - 1);
    expect((await session(token)).user).toMatchObject({ id: userId, role: 'specialist' });
  });

  it('signs out after 30 minutes without a request', async () => {
    const token = await jwt(await issued({ authTime: now() - 3600, lastSeen: now() - 31 * 60 }));
    expect(token.revoked).toBe(true);
    expect((await session(token)).user).toBeUndefined();
  });

  it('signs out 12 hours after sign-in however active the user is', async () => {
    const token = await jwt(await issued({ authTime: now() - 12 * 3600 - 5, lastSeen: now() - 10 }));
    expect(token.revoked).toBe(true);
    expect(authOptions.session?.maxAge).toBeLessThanOrEqual(12 * 3600);
  });
});

describe('a password reset', () => {
  it('ends the sessions issued before it', async () => {
    const before = await issued({ authTime: now() - 60, lastSeen: now() - 60 });
    expect((await jwt(before)).revoked).toBeUndefined();
    temp.db().update(users).set({ passwordHash: 'another-hash' }).where(eq(users.id, userId)).run();
    expect((await jwt(before)).revoked).toBe(true);
    expect((await jwt(await issued({ authTime: now(), lastSeen: now() }))).revoked).toBeUndefined();
  });
});

describe('a deactivated account', () => {
  it('loses access at its next request, with a still-valid session token', async () => {
    signedIn.userId = userId;
    expect(await getActor()).toMatchObject({ id: userId });
    temp.db().update(users).set({ active: false }).where(eq(users.id, userId)).run();
    expect(await getActor()).toBeNull();
    await expect(requireActor()).rejects.toMatchObject({ status: 401 });
    expect((await jwt(await issued({ authTime: now(), lastSeen: now() }))).revoked).toBe(true);
    temp.db().update(users).set({ active: true }).where(eq(users.id, userId)).run();
  });
});

describe('proxy', () => {
  async function request(path: string, token?: JWT) {
    const req = new NextRequest(`http://localhost:3000${path}`);
    if (token) req.cookies.set('next-auth.session-token', await encode({ token, secret: SECRET }));
    return proxy(req);
  }

  it('sends an idle session to the login page and clears its cookie', async () => {
    const res = await request('/worklist', { uid: userId, authTime: now() - 3600, lastSeen: now() - 31 * 60 });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('http://localhost:3000/login');
    expect(res.headers.get('set-cookie')).toMatch(/next-auth\.session-token=;/);
  });

  it('refreshes the activity time of a live session and sets a nonce CSP', async () => {
    const res = await request('/worklist', { uid: userId, authTime: now() - 3600, lastSeen: now() - 5 * 60 });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/next-auth\.session-token=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('lets anonymous visitors reach only the login page', async () => {
    expect((await request('/patients/1')).status).toBe(307);
    expect((await request('/login')).status).toBe(200);
  });
});
