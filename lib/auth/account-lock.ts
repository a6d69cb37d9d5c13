import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { users } from '@/db/schema';
import { auditRecordChange } from '../audit/record';
import { AppError } from '../errors';
import { parseId } from '../validation/parse';
import { requireActor } from './actor';
import { clearLoginFailures } from './throttle';

/** Admins only: lifts an account's sign-in lock at once by forgetting its failed attempts (audited). */
export async function unlockAccount(rawId: unknown): Promise<{ clearedAttempts: number }> {
  const actor = await requireActor(['admin']);
  const id = parseId(rawId);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const user = tx.select({ email: users.email }).from(users).where(eq(users.id, id)).get();
      if (!user) throw new AppError('not_found');
      const clearedAttempts = clearLoginFailures(tx, user.email);
      auditRecordChange(tx, actor, {
        action: 'staff.unlock',
        entity: 'user',
        entityId: id,
        extra: { email: user.email, clearedAttempts },
      });
      return { clearedAttempts };
    },
    { behavior: 'immediate' },
  );
}
