import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, type Role } from '@/db/schema';
import { auditRecordChange } from './audit/record';
import { AppError } from './errors';
import { generatePassword, hashPassword } from './auth/password';
import { requireActor } from './auth/actor';
import { endUserSessions } from './auth/sessions';
import { changeRoleSchema, createStaffSchema, setActiveInputSchema, staffIdSchema } from './validation/staff';

const publicColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export async function listStaff() {
  await requireActor(['admin']);
  return getDb().select(publicColumns).from(users).orderBy(asc(users.name)).all();
}

export async function getStaffMember(rawId: unknown) {
  await requireActor(['admin']);
  const id = staffIdSchema.safeParse(rawId);
  const member = id.success ? getDb().select(publicColumns).from(users).where(eq(users.id, id.data)).get() : undefined;
  if (!member) throw new AppError('not_found');
  return member;
}

function load(id: number) {
  const member = getDb().select(publicColumns).from(users).where(eq(users.id, id)).get();
  if (!member) throw new AppError('not_found');
  return member;
}

/** Creates an account with a generated initial password, returned once and never stored in clear. */
export async function createStaff(input: unknown) {
  const actor = await requireActor(['admin']);
  const data = createStaffSchema.parse(input);
  const db = getDb();
  if (db.select({ id: users.id }).from(users).where(eq(users.email, data.email)).get()) {
    throw new AppError('conflict', 'An account with this email already exists.');
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const id = db.transaction(() => {
    const created = db.insert(users).values({ ...data, passwordHash }).returning({ id: users.id }).get();
    auditRecordChange(db, actor, {
      action: 'staff.create',
      entity: 'user',
      entityId: created.id,
      after: { name: data.name, email: data.email, role: data.role, active: true },
    });
    return created.id;
  });
  return { id, password };
}

export async function changeRole(input: unknown) {
  const actor = await requireActor(['admin']);
  const { id, role } = changeRoleSchema.parse(input);
  if (id === actor.id && role !== 'admin') {
    throw new AppError('conflict', 'You cannot remove your own admin role. Ask another admin to do it.');
  }
  update(actor, id, 'staff.role', { role });
}

export async function setActive(input: unknown) {
  const actor = await requireActor(['admin']);
  const { id, active } = setActiveInputSchema.parse(input);
  if (id === actor.id && !active) {
    throw new AppError('conflict', 'You cannot deactivate your own account. Ask another admin to do it.');
  }
  update(actor, id, active ? 'staff.reactivate' : 'staff.deactivate', { active });
}

/** Sets a new generated password; existing sessions of that account end at their next request. */
export async function resetPassword(rawId: unknown) {
  const actor = await requireActor(['admin']);
  const id = staffIdSchema.parse(rawId);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  update(actor, id, 'staff.password_reset', { passwordHash });
  return { password };
}

function update(
  actor: { id: number; email: string },
  id: number,
  action: string,
  patch: { role?: Role; active?: boolean; passwordHash?: string },
) {
  const db = getDb();
  db.transaction(() => {
    const before = load(id);
    db.update(users).set({ ...patch, updatedAt: new Date().toISOString() }).where(eq(users.id, id)).run();
    if (patch.passwordHash || patch.active === false) endUserSessions(db, id, patch.passwordHash ? 'password_reset' : 'deactivated');
    const { passwordHash, ...visible } = patch;
    auditRecordChange(db, actor, {
      action,
      entity: 'user',
      entityId: id,
      before: { role: before.role, active: before.active },
      after: { role: before.role, active: before.active, ...visible },
      extra: passwordHash ? { passwordReset: true, email: before.email } : { email: before.email },
    });
  });
}
