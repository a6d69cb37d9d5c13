import { getToken, type JWT } from 'next-auth/jwt';

/** Where the session token comes from: a request, or `{ cookies }` from next/headers. */
export type TokenSource = Parameters<typeof getToken>[0]['req'];

/** True when the app is served over https (NEXTAUTH_URL): cookies are then `Secure` with the `__Secure-` prefix. */
export function isHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}

export function sessionCookieName(): string {
  return isHttps() ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

/** The decoded session token, or null when it is missing, forged or past its expiry. Nothing here reads the database. */
export async function readSessionToken(req: TokenSource): Promise<JWT | null> {
  if (!process.env.NEXTAUTH_SECRET) return null;
  try {
    return await getToken({ req, secret: process.env.NEXTAUTH_SECRET, secureCookie: isHttps() });
  } catch {
    return null;
  }
}
