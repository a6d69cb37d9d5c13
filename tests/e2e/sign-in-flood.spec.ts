import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { DEMO_PASSWORD, USERS } from './fixtures';

// Runs in its own Playwright project after every other spec (playwright.config.ts): while it lasts, other sign-ins
// on the shared server are told to try again. (`--no-deps` runs it alone.)
const FLOOD = 60;
const IDLE_PROBES = 40;
/** Probes run one after another for as long as the flood lasts, within these bounds. */
const MAX_PROBES = 400;
const MAX_FLOOD_MS = 20_000;
const ACCOUNTS = [...Object.values(USERS), 'priya.raman@prolotrack.test'];
const BUSY = 'The server is busy. Try again in a moment.';
const LOCKED = /^Too many failed sign-ins\./;

const errorOf = async (response: APIResponse) => new URL(((await response.json()) as { url: string }).url).searchParams.get('error');

async function healthMs(request: APIRequestContext): Promise<number> {
  const start = performance.now();
  const response = await request.get('/api/health');
  const ms = performance.now() - start;
  expect(response.ok()).toBe(true);
  return ms;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('a flood of sign-ins does not starve other requests', async ({ playwright, baseURL }) => {
  test.setTimeout(60_000);
  expect(new URL(baseURL!).hostname, 'loopback only').toMatch(/^(localhost|127\.0\.0\.1|\[::1\])$/);
  const probe = await playwright.request.newContext({ baseURL });
  const flooder = await playwright.request.newContext({ baseURL });
  try {
    for (let i = 0; i < 5; i++) await healthMs(probe);
    const idle: number[] = [];
    for (let i = 0; i < IDLE_PROBES; i++) idle.push(await healthMs(probe));

    const csrfToken = ((await (await flooder.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
    let flooding = true;
    const flood = Promise.all(
      Array.from({ length: FLOOD }, (_, i) =>
        flooder.post('/api/auth/callback/credentials', {
          form: { csrfToken, email: ACCOUNTS[i % ACCOUNTS.length], password: DEMO_PASSWORD, json: 'true' },
          timeout: MAX_FLOOD_MS,
        }),
      ),
    ).finally(() => (flooding = false));
    const loaded: number[] = [];
    const until = performance.now() + MAX_FLOOD_MS;
    while (flooding && loaded.length < MAX_PROBES && performance.now() < until) loaded.push(await healthMs(probe));
    const responses = await flood;

    // Each sign-in is checked (200), refused because hashing is at capacity (429), or refused because ten attempts
    // on that account are already being checked (401, counted as possible failures until they finish).
    const statuses = responses.map((r) => r.status());
    expect(statuses.filter((s) => ![200, 401, 429].includes(s))).toEqual([]);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    for (const r of responses) {
      if (r.status() === 429) expect(await errorOf(r)).toBe(BUSY);
      if (r.status() === 401) expect(await errorOf(r)).toMatch(LOCKED);
    }
    console.log(
      `health p50 idle ${median(idle).toFixed(1)} ms, during the flood ${median(loaded).toFixed(1)} ms (${loaded.length} probes); statuses ${statuses.join(' ')}`,
    );
    expect(loaded.length).toBeGreaterThanOrEqual(5);
    expect(median(loaded)).toBeLessThanOrEqual(3 * median(idle));
  } finally {
    await probe.dispose();
    await flooder.dispose();
  }
});
