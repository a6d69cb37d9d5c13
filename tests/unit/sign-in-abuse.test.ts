import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { useTempDatabase } from './support/test-db';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';

const as = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/actor', () => ({
  requireActor: async (roles?: string[]) => {
    if (!as.actor) throw new AppError('unauthenticated');
    if (roles && !roles.includes(as.actor.role)) throw new AppError('forbidden');
    return as.actor;
  },
}));

const { LoginRefused, authenticate } = await import('@/lib/auth/login');
const { HASHING_LIMITS, hashPassword, hashingGate } = await import('@/lib/auth/password');
const { BUSY_MESSAGE, createGate } = await import('@/lib/auth/hash-gate');
const { LOGIN_THROTTLE } = await import('@/lib/auth/throttle');
const { unlockAccount } = await import('@/lib/auth/account-lock');
const { POST } = await import('@/app/api/auth/[...nextauth]/route');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const PASSWORD = 'a-long-correct-password';
let n = 0;
async function newAccount(role: 'specialist' | 'admin' = 'specialist') {
  n += 1;
  const email = `abuse${n}@clinic.test`;
  const id = Number(
    temp
      .db()
      .insert(users)
      .values({ email, name: `User ${n}`, role, passwordHash: await hashPassword(PASSWORD) })
      .run().lastInsertRowid,
  );
  return { id, email, role, name: `User ${n}` };
}
const loginEvents = (email: string) =>
  temp.db().all<{ outcome: string }>(sql`select outcome from audit_events where action = 'login' and user_email = ${email}`);
const attempts = (email: string) => temp.db().all<{ outcome: string }>(sql`select outcome from login_attempts where email = ${email}`);

let ip = '';
beforeEach(() => {
  ip = `10.9.0.${n + 1}`;
});

describe('password hashing capacity', () => {
  it('runs at most the allowed number of tasks at once, queues a few and refuses the rest at once', async () => {
    const gate = createGate(2, 3);
    let running = 0;
    let peak = 0;
    const releases: Array<() => void> = [];
    const task = () =>
      gate.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      });
    const accepted = Array.from({ length: 5 }, task);
    expect(gate.full).toBe(true);
    await expect(task()).rejects.toMatchObject({ code: 'too_many', message: BUSY_MESSAGE });
    while (releases.length || running) {
      await new Promise((r) => setTimeout(r, 1));
      releases.shift()?.();
    }
    await Promise.all(accepted);
    expect(peak).toBe(2);
    expect(gate.full).toBe(false);
  });

  it('refuses a sign-in when hashing is at capacity, before recording or hashing anything', async () => {
    const { email } = await newAccount();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const fillers = Array.from({ length: HASHING_LIMITS.concurrent + HASHING_LIMITS.queued }, () => hashingGate.run(() => held));
    expect(hashingGate.full).toBe(true);
    await expect(authenticate({ email, password: PASSWORD }, ip)).rejects.toEqual(new LoginRefused(BUSY_MESSAGE));
    expect(attempts(email)).toEqual([]);
    expect(loginEvents(email)).toEqual([]);
    release();
    await Promise.all(fillers);
    expect(await authenticate({ email, password: PASSWORD }, ip)).toMatchObject({ email });
  });
});

describe('unlocking an account', () => {
  it('lets an admin lift the lock at once, audited; nobody else may', async () => {
    const admin = await newAccount('admin');
    const locked = await newAccount();
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerAccount; i++) await authenticate({ email: locked.email, password: 'nope' }, `10.8.0.${i}`);
    await expect(authenticate({ email: locked.email, password: PASSWORD }, '10.7.0.1')).rejects.toBeInstanceOf(LoginRefused);

    as.actor = { ...locked };
    await expect(unlockAccount(locked.id)).rejects.toMatchObject({ status: 403 });
    as.actor = null;
    await expect(unlockAccount(locked.id)).rejects.toMatchObject({ status: 401 });
    as.actor = { ...admin };
    await expect(unlockAccount(999_999)).rejects.toMatchObject({ status: 404 });
    expect(await unlockAccount(locked.id)).toEqual({ clearedAttempts: 10 });

    expect(await authenticate({ email: locked.email, password: PASSWORD }, '10.7.0.1')).toMatchObject({ email: locked.email });
    const [event] = temp
      .db()
      .all<{ user_id: number; entity_id: string; details: string }>(
        sql`select user_id, entity_id, details from audit_events where action = 'staff.unlock'`,
      );
    expect(event).toMatchObject({ user_id: admin.id, entity_id: String(locked.id) });
    expect(JSON.parse(event.details)).toEqual({ email: locked.email, clearedAttempts: 10 });
  });
});

describe('the sign-in route', () => {
  const url = 'http://localhost:3000/api/auth/callback/credentials';
  const params = (...nextauth: string[]) => ({ params: Promise.resolve({ nextauth }) });
  /** A request whose body arrives only when told to: 9 KB, over the limit, without a declared length. */
  function slowRequest(path = url) {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const request = new NextRequest(path, { method: 'POST', body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]);
    return { request, finish: () => (controller.enqueue(new Uint8Array(9 * 1024)), controller.close()) };
  }

  it('refuses sign-ins beyond what hashing can take at the door with 429, and large bodies with 413', async () => {
    const capacity = HASHING_LIMITS.concurrent + HASHING_LIMITS.queued;
    const held = Array.from({ length: capacity }, () => slowRequest());
    const answers = held.map((h) => POST(h.request, params('callback', 'credentials')));
    await new Promise((r) => setTimeout(r, 20));

    const refused = await POST(new NextRequest(url, { method: 'POST', body: 'csrfToken=x' }), params('callback', 'credentials'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    const { url: errorUrl } = (await refused.json()) as { url: string };
    expect(new URL(errorUrl).searchParams.get('error')).toBe(BUSY_MESSAGE);
    // Other auth requests are not held up.
    const signOut = slowRequest('http://localhost:3000/api/auth/signout');
    const signOutAnswer = POST(signOut.request, params('signout'));
    signOut.finish();
    expect((await signOutAnswer).status).toBe(413);

    for (const h of held) h.finish();
    const statuses = await Promise.all(answers.map(async (a) => (await a).status));
    expect(statuses).toEqual(Array(capacity).fill(413));
    const after = slowRequest();
    const answer = POST(after.request, params('callback', 'credentials'));
    after.finish();
    expect(await (await answer).json()).toEqual({ error: 'The body is larger than 8 KB.' });
  });
});
