import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { users, type Role } from '@/db/schema';
import { authOptions } from './options';
import { AppError } from '../errors';

export interface Actor {
  id: number;
  role: Role;
  name: string;
  email: string;
}

/**
 * The signed-in, still-active staff member for this request, or null.
 * Re-reads the account on every request so deactivation and role changes apply at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (id == null) return null;
  const user = getDb()
    .select({ id: users.id, role: users.role, name: users.name, email: users.email, active: users.active })
    .from(users)
    .where(eq(users.id, Number(id)))
    .get();
  if (!user || !user.active) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
});

/** Throws 401 when anonymous and 403 when the role is not allowed. */
export async function requireActor(roles?: readonly Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthenticated');
  if (roles && !roles.includes(actor.role)) throw new AppError('forbidden');
  return actor;
}
