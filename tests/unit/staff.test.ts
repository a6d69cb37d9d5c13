import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { verifyPassword } from '@/lib/auth/password';

const as = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/actor', () => ({
  getActor: async () => as.actor,
  requireActor: async (roles?: string[]) => {
    if (!as.actor) throw new AppError('unauthenticated');
    if (roles && !roles.includes(as.actor.role)) throw new AppError('forbidden');
    return as.actor;
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const staff = await import('@/lib/staff');
const actions = await import('@/lib/actions/staff-actions');

const temp = useTempDatabase();
let admin: Actor;
beforeAll(() => {
  const id = Number(
    temp.db().insert(users).values({ email: 'root@clinic.test', name: 'Root Admin', role: 'admin', passwordHash: 'x' }).run().lastInsertRowid,
  );
  admin = { id, role: 'admin', name: 'Root Admin', email: 'root@clinic.test' };
  as.actor = admin;
});
afterAll(() => temp.cleanup());

const audit = (action: string) =>
  temp.db().all<{ user_id: number; entity_id: string; details: string }>(sql`select * from audit_events where action = ${action} order by id`);
const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

describe('staff accounts', () => {
  it('creates an account with a strong one-time password, stored only as an argon2id hash', async () => {
    const { id, password } = await staff.createStaff({ name: ' Dr New ', email: 'New@Clinic.test', role: 'specialist' });
    expect(password).toMatch(/^([a-zA-Z2-9]{5}-){3}[a-zA-Z2-9]{5}$/);
    const row = temp.db().select().from(users).where(eq(users.id, id)).get()!;
    expect(row).toMatchObject({ name: 'Dr New', email: 'new@clinic.test', active: true });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, password)).toBe(true);
    const [event] = audit('staff.create');
    expect(event.user_id).toBe(admin.id);
    expect(JSON.parse(event.details)).toEqual({ after: { name: 'Dr New', email: 'new@clinic.test', role: 'specialist', active: true } });
    expect(event.details).not.toContain(password);
  });

  it('keeps typed values and shows field errors beside the fields', async () => {
    const state = await actions.createStaffAction({}, form({ name: 'A', email: 'not-an-email', role: 'owner' }));
    expect(state.values).toEqual({ name: 'A', email: 'not-an-email', role: 'owner' });
    expect(state.errors?.name).toMatch(/full name/);
    expect(state.errors?.email).toMatch(/valid email/);
    expect(state.errors?.role).toMatch(/Choose a role/);
    const dup = await actions.createStaffAction({}, form({ name: 'Dr Dup', email: 'new@clinic.test', role: 'manager' }));
    expect(dup.errors?.email).toBe('An account with this email already exists.');
  });

  it('changes a role and deactivates, auditing before and after; never deletes', async () => {
    const { id } = await staff.createStaff({ name: 'Dr Role', email: 'role@clinic.test', role: 'specialist' });
    expect((await actions.changeRoleAction({}, form({ id: String(id), role: 'manager' }))).message).toMatch(/manager/);
    expect(JSON.parse(audit('staff.role').at(-1)!.details).changes).toEqual({ role: { from: 'specialist', to: 'manager' } });
    expect((await actions.setActiveAction({}, form({ id: String(id), active: 'false' }))).message).toMatch(/deactivated/);
    expect(JSON.parse(audit('staff.deactivate').at(-1)!.details).changes).toEqual({ active: { from: true, to: false } });
    expect(temp.db().select({ active: users.active }).from(users).where(eq(users.id, id)).get()).toEqual({ active: false });
  });

  it('resets a password without writing it to the audit log', async () => {
    const { id } = await staff.createStaff({ name: 'Dr Reset', email: 'reset@clinic.test', role: 'specialist' });
    const state = await actions.resetPasswordAction({}, form({ id: String(id) }));
    const hash = temp.db().select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()!.h;
    expect(await verifyPassword(hash, state.password!)).toBe(true);
    const event = audit('staff.password_reset').at(-1)!;
    expect(event.details).not.toContain(state.password!);
    expect(event.details).not.toContain('argon2');
  });

  it('reports an unknown or malformed account id as not found, writing nothing', async () => {
    const events = () => temp.db().get<{ n: number }>(sql`select count(*) as n from audit_events`)!.n;
    const before = events();
    for (const id of ['999999', 'abc', '-1', '']) {
      expect((await actions.changeRoleAction({}, form({ id, role: 'manager' }))).message).toBe('Not found.');
      expect((await actions.resetPasswordAction({}, form({ id }))).password).toBeUndefined();
    }
    await expect(staff.getStaffMember('1.5')).rejects.toMatchObject({ code: 'not_found' });
    expect(events()).toBe(before);
  });

  it('does not let an admin demote or deactivate themselves', async () => {
    const demote = await actions.changeRoleAction({}, form({ id: String(admin.id), role: 'manager' }));
    expect(demote.message).toMatch(/cannot remove your own admin role/);
    const off = await actions.setActiveAction({}, form({ id: String(admin.id), active: 'false' }));
    expect(off.message).toMatch(/cannot deactivate your own account/);
    expect(temp.db().select({ role: users.role, active: users.active }).from(users).where(eq(users.id, admin.id)).get()).toEqual({
      role: 'admin',
      active: true,
    });
  });

  it('refuses every staff action to managers, specialists and anonymous callers', async () => {
    for (const actor of [{ ...admin, role: 'manager' as const }, { ...admin, role: 'specialist' as const }, null]) {
      as.actor = actor;
      const before = temp.db().get<{ n: number }>(sql`select count(*) as n from users`)!.n;
      expect((await actions.createStaffAction({}, form({ name: 'Dr X', email: 'x@clinic.test', role: 'admin' }))).message).toMatch(
        /sign in|do not have access/i,
      );
      expect((await actions.changeRoleAction({}, form({ id: '1', role: 'admin' }))).ok).toBeUndefined();
      expect((await actions.resetPasswordAction({}, form({ id: '1' }))).password).toBeUndefined();
      expect((await actions.setActiveAction({}, form({ id: '1', active: 'false' }))).ok).toBeUndefined();
      await expect(staff.listStaff()).rejects.toBeInstanceOf(AppError);
      expect(temp.db().get<{ n: number }>(sql`select count(*) as n from users`)!.n).toBe(before);
    }
    as.actor = admin;
  });
});
