import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { LoginRefused, authenticate } from '@/lib/auth/login';
import { clientAddress } from '@/lib/auth/client-address';
import { LOGIN_THROTTLE, loginLockState } from '@/lib/auth/throttle';

// Counts the password hashes actually verified.
const argon = vi.hoisted(() => ({ verified: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...real,
    verify: (...args: Parameters<typeof real.verify>) => {
      argon.verified += 1;
      return real.verify(...args);
    },
  };
});

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const PASSWORD = 'a-long-correct-password';
let n = 0;
async function newAccount() {
  n += 1;
  const email = `throttle${n}@clinic.test`;
  temp
    .db()
    .insert(users)
    .values({ email, name: `User ${n}`, role: 'specialist', passwordHash: await hashPassword(PASSWORD) })
    .run();
  return email;
}

function loginEvents(email: string) {
  return temp
    .db()
    .all<{ outcome: string; details: string | null; ip: string | null }>(
      sql`select outcome, details, ip from audit_events where action = 'login' and user_email = ${email} order by id`,
    );
}

let ipCounter = 0;
let ip = '';
beforeEach(() => {
  ipCounter += 1;
  ip = `10.0.0.${ipCounter}`;
});

describe('failed sign-in throttling', () => {
  it('refuses the 11th attempt within 15 minutes even with the right password, and audits it', async () => {
    const email = await newAccount();
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerAccount; i++) {
      expect(await authenticate({ email, password: `wrong-${i}` }, ip)).toBeNull();
    }
    await expect(authenticate({ email, password: PASSWORD }, ip)).rejects.toThrow(
      new LoginRefused('Too many failed sign-ins. Try again in 15 minutes.'),
    );
    const events = loginEvents(email);
    expect(events).toHaveLength(11);
    expect(events.slice(0, 10).every((e) => e.outcome === 'failure' && e.ip === ip)).toBe(true);
    expect(events[10].outcome).toBe('denied');
    expect(JSON.parse(events[10].details!)).toMatchObject({ reason: 'throttled' });
    expect(events.some((e) => e.outcome === 'success')).toBe(false);
  });

  it('allows the 10th attempt and counts from the last successful sign-in', async () => {
    const email = await newAccount();
    for (let i = 0; i < 9; i++) await authenticate({ email, password: 'nope' }, ip);
    expect(await authenticate({ email, password: PASSWORD }, ip)).toMatchObject({ email });
    for (let i = 0; i < 9; i++) await authenticate({ email, password: 'nope' }, ip);
    expect(await authenticate({ email, password: PASSWORD }, ip)).toMatchObject({ email });
  });

  it('locks an unknown email exactly like a real one, so the lock reveals nothing', async () => {
    const email = 'nobody-here@clinic.test';
    for (let i = 0; i < 10; i++) expect(await authenticate({ email, password: 'guess' }, ip)).toBeNull();
    await expect(authenticate({ email, password: 'guess' }, ip)).rejects.toThrow(/Too many failed sign-ins/);
  });

  it('lifts the lock once the counted failures leave the 15-minute window', async () => {
    const email = await newAccount();
    for (let i = 0; i < 10; i++) await authenticate({ email, password: 'nope' }, ip);
    const now = Date.now();
    const state = loginLockState(temp.db(), email, null, now);
    expect(state.locked).toBe(true);
    if (state.locked) expect(state.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(loginLockState(temp.db(), email, null, now + 15 * 60 * 1000 + 1000)).toEqual({ locked: false });
  });

  it('throttles a client address that fails across many accounts, but not other addresses', async () => {
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerAddress; i++) {
      await authenticate({ email: `spray${i}@clinic.test`, password: 'Winter2026!' }, ip);
    }
    const email = await newAccount();
    await expect(authenticate({ email, password: PASSWORD }, ip)).rejects.toThrow(/Too many failed sign-ins/);
    expect(await authenticate({ email, password: PASSWORD }, '192.168.1.1')).toMatchObject({ email });
  });

  it('takes as long for an unknown account as for a known one', async () => {
    const email = await newAccount();
    const time = async (who: string) => {
      const start = performance.now();
      await authenticate({ email: who, password: 'wrong-password' }, null);
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await time(email));
      unknown.push(await time(`ghost${i}@clinic.test`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[3];
    const ratio = median(unknown) / median(known);
    // Loose bounds for a shared machine: skipping the hash for unknown accounts would make this ratio ~0.02.
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });
});

describe('concurrent wrong passwords', () => {
  it('evaluates at most the limit before the lock, however many arrive at once', async () => {
    const email = await newAccount();
    argon.verified = 0;
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => authenticate({ email, password: `wrong-${i}` }, ip)));
    const wrongPassword = results.filter((r) => r.status === 'fulfilled' && r.value === null);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(wrongPassword.length).toBeLessThanOrEqual(LOGIN_THROTTLE.maxFailuresPerAccount);
    expect(wrongPassword.length).toBeGreaterThan(0);
    expect(argon.verified).toBeLessThanOrEqual(LOGIN_THROTTLE.maxFailuresPerAccount);
    expect(wrongPassword.length + refused.length).toBe(40);
    for (const r of refused) {
      expect((r as PromiseRejectedResult).reason).toEqual(new LoginRefused('Too many failed sign-ins. Try again in 15 minutes.'));
    }
    expect(loginEvents(email).filter((e) => e.outcome === 'failure').length).toBeLessThanOrEqual(10);
    // The right password is refused too while the lock holds.
    await expect(authenticate({ email, password: PASSWORD }, ip)).rejects.toBeInstanceOf(LoginRefused);
  });
});

describe('client address', () => {
  it('uses the right-most X-Forwarded-For entry, the one the nearest proxy added', () => {
    vi.stubEnv('TRUST_PROXY', '1');
    expect(clientAddress({ 'x-forwarded-for': '6.6.6.6, 10.1.2.3' })).toBe('10.1.2.3');
    expect(clientAddress({ 'x-forwarded-for': '::1' })).toBe('::1');
    expect(clientAddress({})).toBeNull();
    vi.unstubAllEnvs();
  });
});
