import 'server-only';
import { AppError, isAppError } from './errors';

export const MAX_JSON_BYTES = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

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
  if (!host || originHost !== host) throw new HttpError(403, 'Cross-site request refused.');
}

/** Reads the body as text, stopping as soon as it passes the limit (a body may be streamed with no length). */
export async function readBounded(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new HttpError(413, `The body is larger than ${maxBytes / 1024} KB.`);
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
      throw new HttpError(413, `The body is larger than ${maxBytes / 1024} KB.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a JSON body of bounded size with a clear 4xx for each way it can be wrong. */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'Send the body as application/json.');
  const text = await readBounded(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The body is not valid JSON.');
  }
}

/** Maps expected errors to their status and a safe message; anything else is a 500 without details. */
export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) return Response.json({ error: error.message }, { status: error.status });
  if (isAppError(error)) {
    const body: Record<string, unknown> = { error: error.message };
    if (Object.keys(error.fields).length > 0) body.errors = error.fields;
    return Response.json(body, { status: error.status });
  }
  console.error('Unexpected error in route handler:', error instanceof Error ? error.message : 'unknown');
  return Response.json({ error: 'Something went wrong. Nothing was saved.' }, { status: 500 });
}

export { AppError };
