import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { forgetSessions, signedIn } from './support/session-cookies';
import { users } from '@/db/schema';

vi.mock('next/headers', () => import('./support/session-cookies'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// redirect() throws as in Next; the page guard's destination is read from the error.
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { to });
  },
  forbidden: () => {
    throw Object.assign(new Error('forbidden'), { to: '403' });
  },
}));

const temp = useTempDatabase();
const { requireActor, getActor } = await import('@/lib/auth/actor');
const { requirePageActor } = await import('@/lib/auth/page-guard');
const { listPatients } = await import('@/lib/patients');
const { listStaff } = await import('@/lib/staff');
const account = await import('@/lib/auth/two-factor-account');
const { currentTotp } = await import('@/lib/auth/two-factor');
const { parseRoleList, rolesRequiringTwoFactor } = await import('@/lib/auth/two-factor-policy');
const { twoFactorSettingProblems } = await import('@/lib/ops/startup-checks');
afterAll(() => temp.cleanup());
afterEach(() => {
  delete process.env.REQUIRE_2FA_FOR;
});

const add = (email: string, role: 'specialist' | 'admin') =>
  Number(temp.db().insert(users).values({ email, name: email, role, passwordHash: 'x' }).run().lastInsertRowid);
const as = (id: number) => {
  forgetSessions();
  signedIn.userId = id;
};
const pageDestination = (roles?: Parameters<typeof requirePageActor>[0]) =>
  requirePageActor(roles).then(
    () => 'rendered',
    (e: { to?: string }) => e.to,
  );

describe('REQUIRE_2FA_FOR', () => {
  it('reads a comma-separated list of roles; empty or unset requires nothing; misspelt roles are refused at start-up', () => {
    expect(rolesRequiringTwoFactor({})).toEqual([]);
    expect(rolesRequiringTwoFactor({ REQUIRE_2FA_FOR: '' })).toEqual([]);
    expect(rolesRequiringTwoFactor({ REQUIRE_2FA_FOR: ' Admin, manager ,admin' })).toEqual(['admin', 'manager']);
    expect(parseRoleList('admin,admins').unknown).toEqual(['admins']);
    expect(twoFactorSettingProblems({ REQUIRE_2FA_FOR: 'admin,admins' })).toEqual([expect.stringMatching(/unknown roles: admins/)]);
    expect(twoFactorSettingProblems({ REQUIRE_2FA_FOR: 'admin,manager' })).toEqual([]);
  });

  it('=admin: an unenrolled admin is sent to /account and refused by data functions until enrolled; a specialist is unaffected', async () => {
    const admin = add('admin@clinic.test', 'admin');
    const specialist = add('specialist@clinic.test', 'specialist');
    as(admin);
    expect(await pageDestination()).toBe('rendered'); // without the setting
    await expect(listStaff()).resolves.toHaveLength(2);

    process.env.REQUIRE_2FA_FOR = 'admin';
    expect(await getActor()).toMatchObject({ id: admin, mustEnrolTwoFactor: true });
    expect(await pageDestination()).toBe('/account');
    expect(await pageDestination(['admin'])).toBe('/account');
    await expect(requirePageActor(undefined, { allowAccountSetup: true })).resolves.toMatchObject({ id: admin });
    await expect(requireActor()).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/two-factor/) });
    await expect(listStaff()).rejects.toMatchObject({ status: 403 });
    await expect(listPatients({})).rejects.toMatchObject({ status: 403 });

    as(specialist);
    expect(await getActor()).toMatchObject({ mustEnrolTwoFactor: false });
    expect(await pageDestination()).toBe('rendered');
    await expect(listPatients({})).resolves.toMatchObject({ total: 0 });

    // The admin enrols on the Account page (allowed while required), cannot switch it off, and is let through.
    as(admin);
    await account.startTwoFactorEnrolment();
    const secret = (await account.getTwoFactorSetup()).enrolment!.secret;
    await account.confirmTwoFactorEnrolment({ code: await currentTotp(secret) });
    expect(await pageDestination()).toBe('rendered');
    await expect(listStaff()).resolves.toHaveLength(2);
    await expect(account.disableTwoFactor({ password: 'x', code: '123456' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/requires two-factor/),
    });
  });
});
