import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { users } from '@/db/schema';
import { auditRecordChange } from '../audit/record';
import { AppError } from '../errors';
import { parseOrThrow } from '../validation/parse';
import { changePasswordSchema } from '../validation/account';
import { getActor } from './actor';
import { hashPassword, verifyPassword } from './password';
import { endUserSessions } from './sessions';

/**
 * Every signed-in user (also one who must change their password first): sets a new password after checking the
 * current one, clears the must-change flag and ends every session of the account, this one included (audited).
 */
export async function changeOwnPassword(input: unknown): Promise<void> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthenticated');
  const data = parseOrThrow(changePasswordSchema.safeParse(input));
  const db = getDb();
  const current = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).get();
  if (!current || !(await verifyPassword(current.passwordHash, data.currentPassword))) {
    throw new AppError('invalid', 'Some fields need attention.', { currentPassword: 'This is not your current password.' });
  }
  const passwordHash = await hashPassword(data.newPassword);
  db.transaction(
    (tx) => {
      tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, actor.id)).run();
      endUserSessions(tx, actor.id, 'password_reset');
      auditRecordChange(tx, actor, { action: 'account.password_change', entity: 'user', entityId: actor.id, extra: { email: actor.email } });
    },
    { behavior: 'immediate' },
  );
}
