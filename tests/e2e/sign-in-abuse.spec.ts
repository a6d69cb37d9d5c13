import { expect, test, type APIRequestContext } from '@playwright/test';
import { USERS, login } from './fixtures';

async function csrf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
}

test('an oversized sign-in body is refused before it is parsed', async ({ request }) => {
  const csrfToken = await csrf(request);
  const response = await request.post('/api/auth/callback/credentials', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: `csrfToken=${csrfToken}&json=true&email=${USERS.manager}&password=${'x'.repeat(64 * 1024)}`,
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ error: 'The body is larger than 8 KB.' });
});

test('a client cannot choose the address its failed sign-ins are counted against', async ({ request, page }) => {
  const email = `forged.${Date.now()}@prolotrack.test`;
  const forged = '203.0.113.77';
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken: await csrf(request), email, password: 'wrong-password', json: 'true' },
    headers: { 'x-forwarded-for': forged },
  });
  expect(response.status()).toBe(401);
  await login(page, USERS.admin);
  await page.goto('/audit?action=login');
  const row = page.getByTestId('audit-row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/from (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)/);
  await expect(row).not.toContainText(forged);
});
