import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { forgetSessions, sessionClaims, signedIn } from './support/session-cookies';
import { recoveryCodes, twoFactor, users } from '@/db/schema';

vi.mock('next/headers', () => import('./support/session-cookies'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const temp = useTempDatabase();
const { LoginRefused, authenticate } = await import('@/lib/auth/login');
const { hashPassword } = await import('@/lib/auth/password');
const { LOGIN_THROTTLE } = await import('@/lib/auth/throttle');
const { currentTotp, TOTP_PERIOD_SECONDS } = await import('@/lib/auth/two-factor');
const { SECOND_STEP_ERRORS } = await import('@/lib/auth/two-factor-policy');
const { openSecret } = await import('@/lib/auth/secret-box');
const account = await import('@/lib/auth/two-factor-account');
const staff = await import('@/lib/staff');
const { getActor } = await import('@/lib/auth/actor');
const { sessionAccount } = await import('@/lib/auth/sessions');
const { nowInSeconds } = await import('@/lib/auth/sign-in-policy');
afterAll(() => temp.cleanup());

const PASSWORD = 'a-long-correct-password';
let n = 0;
async function newAccount(role: 'specialist' | 'manager' | 'admin' = 'specialist') {
  n += 1;
  const email = `tfa${n}@clinic.test`;
  const id = Number(
    temp
      .db()
      .insert(users)
      .values({ email, name: `User ${n}`, role, passwordHash: await hashPassword(PASSWORD) })
      .run().lastInsertRowid,
  );
  return { id, email };
}
const as = (id: number) => {
  forgetSessions();
  signedIn.userId = id;
};
/** The secret as the enrolment page shows it to the user. */
const shownSecret = async () => (await account.getTwoFactorSetup()).enrolment!.secret;
/** A code of the step after the current one (accepted: one step of drift is allowed), so it is not a replay. */
const nextCode = (secret: string) => currentTotp(secret, Math.floor(Date.now() / 1000) + TOTP_PERIOD_SECONDS);

/** Enrols the account through the Account page functions; returns its secret and recovery codes. */
async function enrol(id: number) {
  as(id);
  await account.startTwoFactorEnrolment();
  const secret = await shownSecret();
  const confirmedWith = await currentTotp(secret);
  const { recoveryCodes: codes } = await account.confirmTwoFactorEnrolment({ code: confirmedWith });
  return { secret, codes, confirmedWith };
}
const auditActions = (id: number) =>
  temp
    .db()
    .all<{ action: string; outcome: string; details: string | null }>(
      sql`select action, outcome, details from audit_events where user_id = ${id} or entity_id = ${String(id)} order by id`,
    );
const attemptOutcomes = (email: string) =>
  temp
    .db()
    .all<{ outcome: string }>(sql`select outcome from login_attempts where email = ${email} order by id`)
    .map((r) => r.outcome);

let ipCounter = 0;
const ip = () => `10.7.0.${++ipCounter}`;

describe('enrolment on the Account page', () => {
  it('is off until a current code confirms it; the secret is stored sealed, the ten recovery codes hashed', async () => {
    const { id } = await newAccount();
    as(id);
    expect(await account.getTwoFactorSetup()).toMatchObject({ enabled: false, pending: false });
    await account.startTwoFactorEnrolment();
    const setup = await account.getTwoFactorSetup();
    expect(setup).toMatchObject({ enabled: false, pending: true });
    expect(setup.enrolment!.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = setup.enrolment!.secret;
    const stored = temp.db().select().from(twoFactor).where(eq(twoFactor.userId, id)).get()!;
    expect(stored.secret).not.toContain(secret);
    expect(openSecret(stored.secret, `totp:${id}`)).toBe(secret);
    // Sealed for this account only: copied to another account's row, it does not open.
    expect(openSecret(stored.secret, `totp:${id + 1}`)).toBeNull();

    await expect(account.confirmTwoFactorEnrolment({ code: '000000' === (await currentTotp(secret)) ? '111111' : '000000' })).rejects.toMatchObject({
      fields: { code: expect.stringMatching(/not valid/) },
    });
    expect((await account.getTwoFactorSetup()).enabled).toBe(false);
    const { recoveryCodes: codes } = await account.confirmTwoFactorEnrolment({ code: await currentTotp(secret) });
    expect(codes).toHaveLength(10);
    expect(await account.getTwoFactorSetup()).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    const hashes = temp.db().select({ h: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, id)).all();
    expect(hashes).toHaveLength(10);
    expect(hashes.map((r) => r.h).join()).not.toContain(codes[0]);
    expect(auditActions(id).map((e) => e.action)).toEqual(['account.two_factor_enrol_start', 'account.two_factor_enrol']);
  });

  it('new recovery codes need a current code and replace the old ones (audited)', async () => {
    const { id } = await newAccount();
    const { secret, codes, confirmedWith } = await enrol(id);
    // The code that confirmed enrolment is not accepted a second time.
    await expect(account.regenerateRecoveryCodes({ code: confirmedWith })).rejects.toMatchObject({
      fields: { code: expect.stringMatching(/already been used/) },
    });
    await expect(account.regenerateRecoveryCodes({ code: codes[0] })).rejects.toMatchObject({ fields: { code: expect.stringMatching(/not valid/) } });
    const { recoveryCodes: fresh } = await account.regenerateRecoveryCodes({ code: await nextCode(secret) });
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(codes[0]);
    expect(auditActions(id).map((e) => e.action)).toContain('account.recovery_codes_regenerate');
  });

  it('switching off needs the password and a code (audited)', async () => {
    const { id } = await newAccount();
    const { codes } = await enrol(id);
    await expect(account.disableTwoFactor({ password: 'wrong', code: codes[0] })).rejects.toMatchObject({
      fields: { password: 'This is not your current password.' },
    });
    await expect(account.disableTwoFactor({ password: PASSWORD, code: '12345x' })).rejects.toMatchObject({
      fields: { code: expect.stringMatching(/not valid/) },
    });
    expect((await account.getTwoFactorSetup()).enabled).toBe(true);
    const elsewhere = sessionClaims(id);
    const token = (claims: { sid?: string; cv?: string }) => ({ uid: id, ...claims, authTime: nowInSeconds(), lastSeen: nowInSeconds() });
    expect(sessionAccount(token(elsewhere))).toBeDefined();
    await account.disableTwoFactor({ password: PASSWORD, code: codes[0] });
    expect((await account.getTwoFactorSetup()).enabled).toBe(false);
    // The account's other sessions end with the second factor; this one goes on.
    expect(sessionAccount(token(elsewhere))).toBeUndefined();
    expect(await getActor()).toMatchObject({ id });
    expect(temp.db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, id)).all()).toEqual([]);
    expect(auditActions(id).map((e) => e.action)).toContain('account.two_factor_disable');
  });
});

describe('signing in with two-factor on', () => {
  it('no code → refused with "code required" (not counted); wrong code → refused and counted; right code → a session', async () => {
    const { id, email } = await newAccount();
    const { secret } = await enrol(id);
    const from = ip();
    await expect(authenticate({ email, password: PASSWORD }, from)).rejects.toEqual(new LoginRefused(SECOND_STEP_ERRORS.required));
    expect(attemptOutcomes(email)).toEqual([]);
    // A wrong password never reaches the code step, so it does not reveal that two-factor is on.
    expect(await authenticate({ email, password: 'wrong-password' }, from)).toBeNull();
    await expect(
      authenticate({ email, password: PASSWORD, code: '000000' === (await currentTotp(secret)) ? '111111' : '000000' }, from),
    ).rejects.toEqual(new LoginRefused(SECOND_STEP_ERRORS.invalid));
    expect(attemptOutcomes(email)).toEqual(['failure', 'failure']);
    const user = await authenticate({ email, password: PASSWORD, code: await nextCode(secret) }, from);
    expect(user).toMatchObject({ id: String(id), email, sid: expect.any(String) });
    expect(attemptOutcomes(email)).toEqual(['failure', 'failure', 'success']);
    const events = auditActions(id).filter((e) => e.action === 'login');
    expect(events.map((e) => [e.outcome, JSON.parse(e.details ?? '{}').reason ?? JSON.parse(e.details ?? '{}').secondFactor])).toEqual([
      ['denied', 'code_required'],
      ['failure', 'bad_password'],
      ['failure', 'bad_code'],
      ['success', 'totp'],
    ]);
  });

  it('a code that has signed in once is refused the second time (replay within its time step)', async () => {
    const { id, email } = await newAccount();
    const { secret } = await enrol(id);
    const code = await nextCode(secret);
    expect(await authenticate({ email, password: PASSWORD, code }, ip())).toMatchObject({ id: String(id) });
    await expect(authenticate({ email, password: PASSWORD, code }, ip())).rejects.toEqual(new LoginRefused(SECOND_STEP_ERRORS.replayed));
    // Two sign-ins racing with the same code: one session at most.
    const other = await newAccount();
    const { secret: otherSecret } = await enrol(other.id);
    const racing = await nextCode(otherSecret);
    const results = await Promise.allSettled([1, 2, 3].map(() => authenticate({ email: other.email, password: PASSWORD, code: racing }, ip())));
    expect(results.filter((r) => r.status === 'fulfilled' && r.value)).toHaveLength(1);
  });

  it('a recovery code signs in once, its use is audited, and it never works again', async () => {
    const { id, email } = await newAccount();
    const { codes } = await enrol(id);
    expect(await authenticate({ email, password: PASSWORD, code: codes[3].toUpperCase() }, ip())).toMatchObject({ id: String(id) });
    await expect(authenticate({ email, password: PASSWORD, code: codes[3] }, ip())).rejects.toEqual(new LoginRefused(SECOND_STEP_ERRORS.replayed));
    const used = temp.db().select({ usedAt: recoveryCodes.usedAt }).from(recoveryCodes).where(eq(recoveryCodes.userId, id)).all();
    expect(used.filter((r) => r.usedAt)).toHaveLength(1);
    expect(auditActions(id).filter((e) => e.action === 'account.recovery_code_used')).toHaveLength(1);
    as(id);
    expect((await account.getTwoFactorSetup()).recoveryCodesLeft).toBe(9);
  });

  it('10 wrong codes lock the account like 10 wrong passwords, even for the right code', async () => {
    const { id, email } = await newAccount();
    const { secret } = await enrol(id);
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerAccount; i++) {
      await expect(authenticate({ email, password: PASSWORD, code: `9${String(i).padStart(5, '0')}` }, ip())).rejects.toBeInstanceOf(LoginRefused);
    }
    await expect(authenticate({ email, password: PASSWORD, code: await nextCode(secret) }, ip())).rejects.toEqual(
      new LoginRefused('Too many failed sign-ins. Try again in 15 minutes.'),
    );
  });
});

describe('an admin resets a lost phone', () => {
  it('forgets the two-factor and recovery codes, ends their sessions (audited); not for their own account', async () => {
    const admin = await newAccount('admin');
    const { id, email } = await newAccount();
    await enrol(id);
    expect(await getActor()).toMatchObject({ id });
    signedIn.userId = admin.id; // their session stays cached, to be tried again below
    expect((await staff.getStaffMember(id)).twoFactor.enabled).toBe(true);
    await expect(staff.resetTwoFactor(admin.id)).rejects.toMatchObject({ code: 'conflict' });
    await staff.resetTwoFactor(id);
    expect((await staff.getStaffMember(id)).twoFactor).toMatchObject({ enabled: false, pending: false });
    expect(temp.db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, id)).all()).toEqual([]);
    // Their session started before the reset has ended.
    signedIn.userId = id;
    expect(await getActor()).toBeNull();
    const ended = temp.db().all<{ reason: string }>(sql`select revoked_reason as reason from auth_sessions where user_id = ${id}`);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((s) => s.reason === 'two_factor_reset')).toBe(true);
    expect(auditActions(id).filter((e) => e.action === 'staff.two_factor_reset')).toHaveLength(1);
    // The password alone signs in again.
    expect(await authenticate({ email, password: PASSWORD }, ip())).toMatchObject({ id: String(id) });
  });
});

afterEach(() => {
  signedIn.userId = null;
});
beforeAll(() => {
  delete process.env.REQUIRE_2FA_FOR;
});
