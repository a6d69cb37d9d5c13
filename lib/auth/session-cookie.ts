import { decode, getToken, type JWT, type JWTDecodeParams } from 'next-auth/jwt';
import { nowInSeconds } from './sign-in-policy';

/** Where the session token comes from: a request, or `{ cookies }` from next/headers. */
export type TokenSource = Parameters<typeof getToken>[0]['req'];

/** True when the app is served over https (NEXTAUTH_URL): cookies are then `Secure` with the `__Secure-` prefix. */
export function isHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}

export function sessionCookieName(): string {
  return isHttps() ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

const DECODED_MAX = 1000;
const decoded = new Map<string, { secret: string; payload: JWT }>();

/**
 * next-auth's decode, remembered per token string until the token's expiry: decoding derives the key (HKDF) and
 * decrypts on every call, twice a page (proxy and page), each a hop through the thread pool. Only a byte-identical
 * copy of a token that decoded under the same secret hits; the session row is still checked on every request.
 */
async function decodeRemembered(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, secret } = params;
  if (!token) return null;
  const hit = decoded.get(token);
  if (hit && hit.secret === secret && (hit.payload.exp == null || nowInSeconds() < Number(hit.payload.exp))) return hit.payload;
  const payload = await decode(params);
  if (payload && typeof secret === 'string') {
    if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, { secret, payload: Object.freeze(payload) });
  }
  return payload;
}

/** The decoded session token, or null when it is missing, forged or past its expiry. Nothing here reads the database. */
export async function readSessionToken(req: TokenSource): Promise<JWT | null> {
  if (!process.env.NEXTAUTH_SECRET) return null;
  try {
    return await getToken({ req, secret: process.env.NEXTAUTH_SECRET, secureCookie: isHttps(), decode: decodeRemembered });
  } catch {
    return null;
  }
}
