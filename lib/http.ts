import 'server-only';
import { AppError, isAppError, logUnexpected } from './errors';

export const MAX_JSON_BYTES = 64 * 1024;

/** Refuses state-changing requests from another site (or an opaque `Origin: null`). */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  if (origin === null) return; // non-browser clients send none; the SameSite=Lax session cookie still applies
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!host || originHost !== host) throw new AppError('forbidden', 'Cross-site request refused.');
}

/** Reads the body as text, stopping as soon as it passes the limit (a body may be streamed with no length). */
export async function readBounded(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new AppError('payload_too_large', `The body is larger than ${maxBytes / 1024} KB.`);
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError('payload_too_large', `The body is larger than ${maxBytes / 1024} KB.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a JSON body of bounded size with a clear 4xx for each way it can be wrong. */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new AppError('unsupported_media_type', 'Send the body as application/json.');
  const text = await readBounded(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The body is not valid JSON.');
  }
}

/** Expected errors answer with their status and safe message; anything else is a logged 500 without details. */
export function errorResponse(error: unknown, unexpectedMessage = 'Something went wrong. Nothing was saved.'): Response {
  if (isAppError(error)) return error.toResponse();
  logUnexpected('route handler', error);
  return Response.json({ error: unexpectedMessage }, { status: 500 });
}
