import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { readSessionToken, type TokenSource } from '@/lib/auth/session-cookie';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const source = (value: string) => ({ cookies: { 'next-auth.session-token': value }, headers: {} }) as unknown as TokenSource;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('session token decoding, remembered per token', () => {
  it('decodes a token again from memory, refuses a tampered copy and a token past its expiry', async () => {
    vi.stubEnv('NEXTAUTH_SECRET', SECRET);
    vi.useFakeTimers({ now: new Date('2026-03-01T08:00:00Z'), toFake: ['Date'] });
    const token = await encode({ token: { uid: 7, sid: 'abc' }, secret: SECRET, maxAge: 60 });
    expect(await readSessionToken(source(token))).toMatchObject({ uid: 7, sid: 'abc' });
    expect(await readSessionToken(source(token))).toMatchObject({ uid: 7, sid: 'abc' });
    const tampered = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
    expect(await readSessionToken(source(tampered))).toBeNull();
    vi.setSystemTime(new Date('2026-03-01T08:01:30Z'));
    expect(await readSessionToken(source(token))).toBeNull();
  });

  it('does not answer from memory under another secret', async () => {
    vi.stubEnv('NEXTAUTH_SECRET', SECRET);
    const token = await encode({ token: { uid: 8 }, secret: SECRET, maxAge: 60 });
    expect(await readSessionToken(source(token))).toMatchObject({ uid: 8 });
    vi.stubEnv('NEXTAUTH_SECRET', `${SECRET}-rotated`);
    expect(await readSessionToken(source(token))).toBeNull();
  });
});
