import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { forgetSessions, signedIn } from './support/session-cookies';
import { users } from '@/db/schema';

vi.mock('next/headers', () => import('./support/session-cookies'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const temp = useTempDatabase();
const staff = await import('@/lib/staff');
const staffActions = await import('@/lib/actions/staff-actions');
const { changeOwnPassword } = await import('@/lib/auth/account');
const { requireActor, getActor } = await import('@/lib/auth/actor');
const { listPatients } = await import('@/lib/patients');
const { hashPassword } = await import('@/lib/auth/password');

let adminId = 0;
beforeAll(async () => {
  adminId = Number(
    temp
      .db()
      .insert(users)
      .values({ email: 'admin@clinic.test', name: 'Admin', role: 'admin', passwordHash: await hashPassword('admin-password-123') })
      .run().lastInsertRowid,
  );
});
afterAll(() => temp.cleanup());

const flag = (id: number) => temp.db().select({ f: users.mustChangePassword }).from(users).where(eq(users.id, id)).get()!.f;
const as = (id: number) => {
  forgetSessions();
  signedIn.userId = id;
};

describe('an account created or reset by an admin', () => {
  let created: { id: number; password: string };

  it('must choose a new password before anything else', async () => {
    as(adminId);
    created = await staff.createStaff({ name: 'Dr New', email: 'new@clinic.test', role: 'specialist' });
    expect(flag(created.id)).toBe(true);
    as(created.id);
    // Signed in with the admin's password: no data function answers, only the password change.
    expect(await getActor()).toMatchObject({ id: created.id, mustChangePassword: true });
    await expect(requireActor()).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/new password/) });
    await expect(listPatients({})).rejects.toMatchObject({ status: 403 });
  });

  it('changes it with the current password, which ends its sessions', async () => {
    as(created.id);
    await expect(
      changeOwnPassword({ currentPassword: 'wrong', newPassword: 'my-own-password-1', confirmPassword: 'my-own-password-1' }),
    ).rejects.toMatchObject({
      fields: { currentPassword: 'This is not your current password.' },
    });
    await expect(changeOwnPassword({ currentPassword: created.password, newPassword: 'short', confirmPassword: 'short' })).rejects.toMatchObject({
      fields: { newPassword: expect.stringMatching(/at least 12/) },
    });
    await changeOwnPassword({ currentPassword: created.password, newPassword: 'my-own-password-1', confirmPassword: 'my-own-password-1' });
    expect(flag(created.id)).toBe(false);
    expect(await getActor()).toBeNull(); // the session used for the change has ended
    as(created.id);
    await expect(listPatients({})).resolves.toMatchObject({ total: 0 });
    const audit = temp.db().$client.prepare(`select action from audit_events where entity_id = ? order by id`).all(String(created.id));
    expect(audit).toContainEqual({ action: 'account.password_change' });
  });

  it('a reset by an admin sets the flag again', async () => {
    as(adminId);
    await staff.resetPassword(created.id);
    expect(flag(created.id)).toBe(true);
  });
});

describe('unlocking a locked account', () => {
  it('shows the lock to the admin and lifts it (audited)', async () => {
    as(adminId);
    const { id } = await staff.createStaff({ name: 'Dr Locked', email: 'locked@clinic.test', role: 'specialist' });
    const at = new Date().toISOString();
    const insert = temp.db().$client.prepare(`insert into login_attempts (email, ip, at, outcome) values ('locked@clinic.test', null, ?, 'failure')`);
    for (let i = 0; i < 10; i++) insert.run(at);
    expect((await staff.getStaffMember(id)).locked).toBe(true);
    const state = await staffActions.unlockAccountAction(
      {},
      (() => {
        const f = new FormData();
        f.set('id', String(id));
        return f;
      })(),
    );
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/unlocked \(10 failed/) });
    expect((await staff.getStaffMember(id)).locked).toBe(false);
  });
});
