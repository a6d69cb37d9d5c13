import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import { useTempDatabase } from './support/test-db';
import { sessionClaims, signedIn } from './support/session-cookies';
import { authSessions, users } from '@/db/schema';

vi.mock('next/headers', () => import('./support/session-cookies'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Argon2 at OWASP cost is not what this file tests (password.test.ts does).
vi.mock('@/lib/auth/password', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/password')>()),
  hashPassword: async (password: string) => `$argon2id$test$${password}`,
}));

const { authOptions } = await import('@/lib/auth/options');
const { getActor } = await import('@/lib/auth/actor');
const staff = await import('@/lib/staff');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const ids = { admin: 0, user: 0 };
beforeAll(() => {
  const add = (email: string, role: 'specialist' | 'admin') =>
    Number(
      temp
        .db()
        .insert(users)
        .values({ email, name: email, role, passwordHash: `hash-of-${email}` })
        .run().lastInsertRowid,
    );
  ids.admin = add('root@clinic.test', 'admin');
  ids.user = add('dr.who@clinic.test', 'specialist');
});

/** Signs in as next-auth does: authorize() starts the session, then the jwt callback issues the token. */
async function signIn(id: number): Promise<JWT> {
  const user = { id: String(id), role: 'specialist', name: 'x', email: 'x', ...sessionClaims(id) };
  return (await authOptions.callbacks!.jwt!({ token: {}, user } as never)) as JWT;
}
async function actorWith(token: JWT) {
  signedIn.token = token;
  return getActor();
}
async function asAdmin<T>(act: () => Promise<T>): Promise<T> {
  signedIn.token = await signIn(ids.admin);
  return act();
}
const sessionRows = (userId: number) => temp.db().select().from(authSessions).where(eq(authSessions.userId, userId)).all();

describe('server-side sessions', () => {
  it('stores only a hash of the random session id carried by the token', async () => {
    const token = await signIn(ids.user);
    expect(token.sid).toMatch(/^[\w-]{43}$/);
    const rows = sessionRows(ids.user);
    expect(rows.map((r) => r.idHash)).not.toContain(token.sid);
    expect(rows.at(-1)).toMatchObject({ revokedAt: null, revokedReason: null });
    expect(await actorWith(token)).toMatchObject({ id: ids.user, role: 'specialist' });
  });

  it('signing out ends the token on the server: a copy replayed afterwards is anonymous', async () => {
    const token = await signIn(ids.user);
    const copy = structuredClone(token);
    expect(await actorWith(copy)).toMatchObject({ id: ids.user });
    await authOptions.events!.signOut!({ token } as never);
    expect(await actorWith(copy)).toBeNull();
    expect((await authOptions.callbacks!.jwt!({ token: copy } as never)).revoked).toBe(true);
    expect(sessionRows(ids.user).find((r) => r.revokedReason === 'sign_out')).toBeDefined();
    expect(temp.db().all(sql`select 1 from audit_events where action = 'logout' and user_id = ${ids.user}`)).toHaveLength(1);
  });

  it('refuses a well-formed token whose session id the server never issued', async () => {
    const token = await signIn(ids.user);
    expect(await actorWith({ ...token, sid: 'A'.repeat(43) })).toBeNull();
    expect(await actorWith({ ...token, sid: undefined })).toBeNull();
  });

  it('deactivation ends every session of the account, and reactivation revives none', async () => {
    const first = await signIn(ids.user);
    const second = await signIn(ids.user);
    await asAdmin(() => staff.setActive(ids.user, { active: 'false' }));
    expect(await actorWith(first)).toBeNull();
    expect(await actorWith(second)).toBeNull();
    await asAdmin(() => staff.setActive(ids.user, { active: 'true' }));
    expect(await actorWith(first)).toBeNull();
    expect(await actorWith(second)).toBeNull();
    expect(sessionRows(ids.user).filter((r) => r.revokedAt == null)).toEqual([]);
    expect(await actorWith(await signIn(ids.user))).toMatchObject({ id: ids.user });
  });

  it('a password reset ends every session of the account', async () => {
    const before = await signIn(ids.user);
    const adminToken = await signIn(ids.admin);
    signedIn.token = adminToken;
    await staff.resetPassword(ids.user);
    expect(await actorWith(before)).toBeNull();
    expect(sessionRows(ids.user).filter((r) => r.revokedReason === 'password_reset').length).toBeGreaterThan(0);
    // Other accounts' sessions are untouched.
    expect(await actorWith(adminToken)).toMatchObject({ id: ids.admin, role: 'admin' });
    expect(await actorWith(await signIn(ids.user))).toMatchObject({ id: ids.user });
  });

  it('checks the session and the account in one indexed lookup', async () => {
    const token = await signIn(ids.user);
    const sqlite = temp.db().$client;
    const prepare = vi.spyOn(sqlite, 'prepare');
    try {
      expect(await actorWith(token)).toMatchObject({ id: ids.user });
      expect(prepare).toHaveBeenCalledTimes(1);
      const plan = sqlite.prepare(`explain query plan ${prepare.mock.calls[0][0]}`).all('x') as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH auth_sessions USING INDEX sqlite_autoindex_auth_sessions_1 \(id_hash=\?\)/);
    } finally {
      prepare.mockRestore();
    }
  });
});
