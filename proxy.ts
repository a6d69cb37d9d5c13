import { NextResponse, type NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { contentSecurityPolicy, newNonce } from '@/lib/auth/security-headers';
import { readSessionToken, isHttps, sessionCookieName } from '@/lib/auth/session-cookie';
import { ACTIVITY_REFRESH_SECONDS, SESSION_MAX_AGE_SECONDS, nowInSeconds, sessionVerdict } from '@/lib/auth/sign-in-policy';

const PUBLIC_PAGES = new Set(['/login']);
/** Patients' link pages (app/r/): the link's token is their only credential. */
const PUBLIC_PREFIX = '/r/';

/**
 * Sets the page CSP with a per-request nonce, sends visitors without a live session to /login, and records
 * activity by re-issuing the session cookie (at most once a minute) so idle sign-out counts from the last
 * request. Never the only check: every page, action and data function verifies the session itself.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const token = await readSessionToken(request);
  const now = nowInSeconds();
  const live = token != null && !token.revoked && sessionVerdict(token, now) === 'ok';

  if (!live && !PUBLIC_PAGES.has(pathname) && !pathname.startsWith(PUBLIC_PREFIX)) {
    const url = request.nextUrl.clone();
    url.pathname = '/login';
    url.search = '';
    const redirect = NextResponse.redirect(url);
    if (token) redirect.cookies.delete(sessionCookieName());
    return redirect;
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', https: isHttps() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);

  if (token && !live) response.cookies.delete(sessionCookieName());
  if (live && now - (token.lastSeen ?? 0) >= ACTIVITY_REFRESH_SECONDS) {
    const expiresAt = (token.authTime ?? now) + SESSION_MAX_AGE_SECONDS;
    const value = await encode({
      token: { ...token, lastSeen: now },
      secret: process.env.NEXTAUTH_SECRET!,
      maxAge: expiresAt - now,
    });
    response.cookies.set(sessionCookieName(), value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: isHttps(),
      path: '/',
      expires: new Date(expiresAt * 1000),
    });
  }
  return response;
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
