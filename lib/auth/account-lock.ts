import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { users } from '@/db/schema';
import { auditRecordChange } from '../audit/record';
import { AppError } from '../errors';
import { staffIdSchema } from '../validation/staff';
import { requireActor } from './actor';
import { clearLoginFailures } from './throttle';

/** Admins only: lifts an account's sign-in lock at once by forgetting its failed attempts (audited). */
export async function unlockAccount(rawId: unknown): Promise<{ clearedAttempts: number }> {
  const actor = await requireActor(['admin']);
  const id = staffIdSchema.parse(rawId);
  const db = getDb();
  return db.transaction(() => {
    const user = db.select({ email: users.email }).from(users).where(eq(users.id, id)).get();
    if (!user) throw new AppError('not_found');
    const clearedAttempts = clearLoginFailures(db, user.email);
    auditRecordChange(db, actor, {
      action: 'staff.unlock',
      entity: 'user',
      entityId: id,
      extra: { email: user.email, clearedAttempts },
    });
    return { clearedAttempts };
  });
}
