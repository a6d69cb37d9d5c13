import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import type { Role } from '@/db/schema';
import { getActor, type Actor } from './actor';

/** For pages: anonymous visitors go to /login, the wrong role gets the 403 page. */
export async function requirePageActor(roles?: readonly Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if (roles && !roles.includes(actor.role)) forbidden();
  return actor;
}

export function homePathFor(role: Role): string {
  return role === 'specialist' ? '/worklist' : '/outcomes';
}
