import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, USERS } from './fixtures';

// The session API through the real server: bad bodies get a clear 4xx, never a 500 or a stack trace.
// (tests/unit/session-route-boundary.test.ts checks the same refusals leave the database unchanged.)

async function signIn(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password: DEMO_PASSWORD, json: 'true' } });
  const cookies = (await request.storageState()).cookies;
  const session = cookies.find((c) => c.name === 'next-auth.session-token');
  expect(session, 'signed in').toBeTruthy();
  return `next-auth.session-token=${session!.value}`;
}

const body = (notes = '') => ({
  sessionDate: new Date().toISOString().slice(0, 10),
  pain: 5,
  mobility: 5,
  sleep: 5,
  ultrasoundGuided: true,
  needling: false,
  notes,
  sites: [],
});

async function expectError(response: { status(): number; json(): Promise<unknown> }, status: number, message: RegExp) {
  expect(response.status()).toBe(status);
  const json = (await response.json()) as { error: string };
  expect(json.error).toMatch(message);
}

test('the session route answers bad bodies with clear 4xx responses', async ({ request }) => {
  // Course ids are not known here, and a specialist's id guess that misses is a 404: the refusals below all come
  // before the course lookup, so any id works for them.
  const url = '/api/courses/1/sessions';
  await expectError(await request.post(url, { data: body() }), 401, /sign in/i);
  await signIn(request, USERS.specialist);
  await expectError(
    await request.post(url, { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"pain": 5,') }),
    400,
    /not valid JSON/,
  );
  await expectError(
    await request.post(url, { headers: { 'content-type': 'text/plain' }, data: Buffer.from(JSON.stringify(body())) }),
    415,
    /application\/json/,
  );
  await expectError(await request.post(url, { form: { pain: '5' } }), 415, /application\/json/);
  await expectError(await request.post(url, { data: body('x'.repeat(70 * 1024)) }), 413, /larger than 64 KB/);
  await expectError(await request.post('/api/courses/not-a-course/sessions', { data: body() }), 404, /not found/i);
});

test('an oversized body streamed without a declared length is refused too', async ({ request, baseURL }) => {
  const cookie = await signIn(request, USERS.specialist);
  const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < 8) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const response = await fetch(`${baseURL}/api/courses/1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  expect(response.status).toBe(413);
  expect(((await response.json()) as { error: string }).error).toMatch(/larger than 64 KB/);
});
