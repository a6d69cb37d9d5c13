/** The open link's token travels in this cookie from /r/<token> to the answer page, so it leaves the address bar. */
export const LINK_COOKIE = 'prolotrack-link';
export const LINK_COOKIE_PATH = '/r';
const MAX_AGE_SECONDS = 2 * 60 * 60;

export function linkCookieHeader(token: string): string {
  const secure = process.env.NEXTAUTH_URL?.startsWith('https://') ? '; Secure' : '';
  return `${LINK_COOKIE}=${token}; Path=${LINK_COOKIE_PATH}; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
