import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, type Role } from '@/db/schema';
import { auditRecordChange } from './audit/record';
import { AppError } from './errors';
import { generatePassword, hashPassword } from './auth/password';
import { requireActor, type Actor } from './auth/actor';
import { parseId, parseOrThrow } from './validation/parse';
import { changeRoleSchema, createStaffSchema, setActiveSchema } from './validation/staff';
import { endUserSessions } from './auth/sessions';
import { loginLockState } from './auth/throttle';
import { removeTwoFactor, twoFactorStatus } from './auth/two-factor-store';

const publicColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export async function listStaff() {
  await requireActor(['admin']);
  return getDb().select(publicColumns).from(users).orderBy(asc(users.name)).all();
}

/** One account, with whether sign-in is locked for it now (too many failed attempts) and its two-factor state. */
export async function getStaffMember(idRaw: unknown) {
  await requireActor(['admin']);
  const db = getDb();
  const member = db
    .select(publicColumns)
    .from(users)
    .where(eq(users.id, parseId(idRaw)))
    .get();
  if (!member) throw new AppError('not_found');
  return { ...member, locked: loginLockState(db, member.email, null).locked, twoFactor: twoFactorStatus(db, member.id) };
}

/** Creates an account with a generated initial password, returned once and never stored in clear. */
export async function createStaff(input: unknown): Promise<{ id: number; name: string; email: string; password: string }> {
  const actor = await requireActor(['admin']);
  const data = parseOrThrow(createStaffSchema.safeParse(input));
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const id = getDb().transaction(
    (tx) => {
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, data.email)).get()) {
        throw new AppError('conflict', 'Some fields need attention.', { email: 'An account with this email already exists.' });
      }
      const created = tx
        .insert(users)
        .values({ ...data, passwordHash, mustChangePassword: true })
        .returning({ id: users.id })
        .get();
      auditRecordChange(tx, actor, {
        action: 'staff.create',
        entity: 'user',
        entityId: created.id,
        after: { name: data.name, email: data.email, role: data.role, active: true },
      });
      return created.id;
    },
    { behavior: 'immediate' },
  );
  return { id, name: data.name, email: data.email, password };
}

export async function changeRole(idRaw: unknown, input: unknown): Promise<{ id: number; role: Role }> {
  const actor = await requireActor(['admin']);
  const id = parseId(idRaw);
  const { role } = parseOrThrow(changeRoleSchema.safeParse(input));
  if (id === actor.id && role !== 'admin') {
    throw new AppError('conflict', 'You cannot remove your own admin role. Ask another admin to do it.');
  }
  updateAccount(actor, id, 'staff.role', { role });
  return { id, role };
}

/** `input.active` is the access form's 'true' (reactivate) or 'false' (deactivate). */
export async function setActive(idRaw: unknown, input: unknown): Promise<{ id: number; active: boolean }> {
  const actor = await requireActor(['admin']);
  const id = parseId(idRaw);
  const { active } = parseOrThrow(setActiveSchema.safeParse(input));
  if (id === actor.id && !active) {
    throw new AppError('conflict', 'You cannot deactivate your own account. Ask another admin to do it.');
  }
  updateAccount(actor, id, active ? 'staff.reactivate' : 'staff.deactivate', { active });
  return { id, active };
}

/** Sets a new generated password; existing sessions of that account end at their next request. */
export async function resetPassword(idRaw: unknown): Promise<{ password: string }> {
  const actor = await requireActor(['admin']);
  const id = parseId(idRaw);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  updateAccount(actor, id, 'staff.password_reset', { passwordHash, mustChangePassword: true });
  return { password };
}

/**
 * Lost phone: forgets the account's two-factor and recovery codes and ends its sessions (audited). The holder signs
 * in with their password and, when their role requires it, sets two-factor up again before anything else.
 */
export async function resetTwoFactor(idRaw: unknown): Promise<{ wasEnabled: boolean }> {
  const actor = await requireActor(['admin']);
  const id = parseId(idRaw);
  if (id === actor.id) throw new AppError('conflict', 'You cannot reset your own two-factor sign-in. Ask another admin to do it.');
  return getDb().transaction(
    (tx) => {
      const user = tx.select({ email: users.email }).from(users).where(eq(users.id, id)).get();
      if (!user) throw new AppError('not_found');
      const wasEnabled = removeTwoFactor(tx, id);
      endUserSessions(tx, id, 'two_factor_reset');
      auditRecordChange(tx, actor, { action: 'staff.two_factor_reset', entity: 'user', entityId: id, extra: { email: user.email, wasEnabled } });
      return { wasEnabled };
    },
    { behavior: 'immediate' },
  );
}

function updateAccount(
  actor: Pick<Actor, 'id' | 'email'>,
  id: number,
  action: string,
  patch: { role?: Role; active?: boolean; passwordHash?: string; mustChangePassword?: boolean },
) {
  getDb().transaction(
    (tx) => {
      const before = tx.select({ role: users.role, active: users.active, email: users.email }).from(users).where(eq(users.id, id)).get();
      if (!before) throw new AppError('not_found');
      tx.update(users).set(patch).where(eq(users.id, id)).run();
      if (patch.passwordHash || patch.active === false) endUserSessions(tx, id, patch.passwordHash ? 'password_reset' : 'deactivated');
      const { passwordHash, mustChangePassword, ...visible } = patch;
      auditRecordChange(tx, actor, {
        action,
        entity: 'user',
        entityId: id,
        before: { role: before.role, active: before.active },
        after: { role: before.role, active: before.active, ...visible },
        extra: passwordHash ? { passwordReset: true, mustChangePassword, email: before.email } : { email: before.email },
      });
    },
    { behavior: 'immediate' },
  );
}
