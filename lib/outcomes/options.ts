import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { requireActor } from '@/lib/auth/actor';

export interface SpecialistOption {
  id: number;
  name: string;
}

/** Specialists for the outcome filter: everyone for managers and admins, only oneself for a specialist. */
export async function getSpecialistOptions(): Promise<SpecialistOption[]> {
  const actor = await requireActor();
  if (actor.role === 'specialist') return [{ id: actor.id, name: actor.name }];
  return getDb().select({ id: users.id, name: users.name }).from(users).where(eq(users.role, 'specialist')).orderBy(asc(users.name)).all();
}
