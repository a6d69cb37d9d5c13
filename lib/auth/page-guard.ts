import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import type { Role } from '@/db/schema';
import { getActor, type Actor } from './actor';

export const ACCOUNT_PATH = '/account';

/**
 * For pages: anonymous visitors go to /login, an account that must choose a new password or set up two-factor
 * sign-in goes to the Account page (unless `allowAccountSetup`: that page and the layout around it), the wrong role
 * gets the 403 page.
 */
export async function requirePageActor(roles?: readonly Role[], options: { allowAccountSetup?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if ((actor.mustChangePassword || actor.mustEnrolTwoFactor) && !options.allowAccountSetup) redirect(ACCOUNT_PATH);
  if (roles && !roles.includes(actor.role)) forbidden();
  return actor;
}

export function homePathFor(role: Role): string {
  return role === 'specialist' ? '/worklist' : '/outcomes';
}
