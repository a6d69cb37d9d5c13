import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { BUSY_MESSAGE, createGate } from '@/lib/auth/hash-gate';
import { HASHING_LIMITS } from '@/lib/auth/password';
import { errorResponse, readBounded } from '@/lib/http';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Sign-in, sign-out and CSRF bodies are a few hundred bytes. */
const MAX_AUTH_BODY_BYTES = 8 * 1024;

/**
 * Sign-ins handled at once: as many as password hashing can run or queue. More are refused at the door, before
 * their bodies are read, so a flood costs the server next to nothing.
 */
const signIns = createGate(HASHING_LIMITS.concurrent + HASHING_LIMITS.queued, 0);

/** next-auth's answer shape, so the login form shows the message. */
function busy(request: NextRequest): Response {
  const url = new URL('/api/auth/error', process.env.NEXTAUTH_URL || request.nextUrl.origin);
  url.searchParams.set('error', BUSY_MESSAGE);
  return Response.json({ url: url.toString() }, { status: 429, headers: { 'Retry-After': '1' } });
}

/** Refuses large bodies (413) before next-auth parses them. */
async function bounded(request: NextRequest, context: Context): Promise<Response> {
  let body: string;
  try {
    body = await readBounded(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  return handler(new NextRequest(request.url, { method: 'POST', headers, body }), context);
}

export async function POST(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth?.join('/') !== 'callback/credentials') return bounded(request, context);
  if (signIns.full) return busy(request);
  return signIns.run(() => bounded(request, context));
}

export { handler as GET };
