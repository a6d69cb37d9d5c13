import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { requireActor } from './session';

export async function listStaff() {
  await requireActor(['admin']);
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.name))
    .all();
}
