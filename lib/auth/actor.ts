import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import type { Role } from '@/db/schema';
import { readSessionToken, type TokenSource } from './session-cookie';
import { sessionAccount } from './sessions';
import { AppError } from '../errors';
import { MUST_ENROL_MESSAGE, twoFactorRequired } from './two-factor-policy';

export interface Actor {
  id: number;
  role: Role;
  name: string;
  email: string;
  /** An admin created the account or reset its password: the holder must choose their own before anything else. */
  mustChangePassword?: boolean;
  /** The role requires two-factor sign-in (REQUIRE_2FA_FOR) and the account has not set it up yet. */
  mustEnrolTwoFactor?: boolean;
}

export const MUST_CHANGE_PASSWORD_MESSAGE = 'Choose a new password on your Account page before anything else.';

// getToken reads a `getAll()` cookie store as it reads a request's cookies.
const currentToken = cache(async () => readSessionToken({ cookies: await cookies(), headers: {} } as unknown as TokenSource));

/** The id of this request's server-side session (inside the encrypted token), or null. */
export async function currentSessionId(): Promise<string | null> {
  const sid = (await currentToken())?.sid;
  return typeof sid === 'string' ? sid : null;
}

/**
 * The signed-in, still-active staff member for this request, or null.
 * Checks the server-side session and re-reads the account on every request (one query), so sign-out,
 * deactivation, password resets and role changes apply at once, also to a copied session cookie.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const token = await currentToken();
  const account = token && sessionAccount(token);
  if (!account) return null;
  const { twoFactorEnabled, ...actor } = account;
  return { ...actor, mustEnrolTwoFactor: !twoFactorEnabled && twoFactorRequired(actor.role) };
});

/**
 * Throws 401 when anonymous and 403 when the role is not allowed or the account must first choose a new password
 * (so an admin never holds a working password of someone else's account) or set up the two-factor sign-in its role
 * requires.
 */
export async function requireActor(roles?: readonly Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthenticated');
  if (actor.mustChangePassword) throw new AppError('forbidden', MUST_CHANGE_PASSWORD_MESSAGE);
  if (actor.mustEnrolTwoFactor) throw new AppError('forbidden', MUST_ENROL_MESSAGE);
  if (roles && !roles.includes(actor.role)) throw new AppError('forbidden');
  return actor;
}
