import { getDb } from '@/db';
import { clientAddress } from '@/lib/auth/client-address';
import { openLink } from '@/lib/patient-links/public';
import { allowLinkRequest } from '@/lib/patient-links/rate-limit';
import { linkCookieHeader } from '@/lib/patient-links/cookie';
import { problemResponse } from '@/lib/patient-links/problem-page';

export const dynamic = 'force-dynamic';

/**
 * A patient's link (public). A valid token is recorded as opened and moves into a cookie on the way to the
 * questions; a used or expired one answers 410, an unknown or altered one 404, nothing saved.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const ip = clientAddress(Object.fromEntries(request.headers));
  if (!allowLinkRequest(ip)) return problemResponse('busy');
  const { token } = await params;
  const status = openLink(getDb(), token, ip);
  if (status !== 'valid') return problemResponse(status);
  return new Response(null, {
    status: 303,
    headers: { location: '/r/answer', 'set-cookie': linkCookieHeader(token), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}
