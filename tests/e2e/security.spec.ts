import { expect, test, type Page } from '@playwright/test';
import { USERS, login } from './fixtures';

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  return violations;
}

test('pages carry a nonce CSP and the other security headers', async ({ request }) => {
  const response = await request.get('/login');
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
  const nonce = headers['content-security-policy'].match(/'nonce-([^']+)'/)![1];
  expect(await response.text()).toContain(`nonce="${nonce}"`);
  const second = await request.get('/login');
  expect(second.headers()['content-security-policy']).not.toContain(nonce);
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ page }) => {
  await login(page, USERS.manager);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'next-auth.session-token');
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe('Lax');
  expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(12 * 3600 * 1000 + 60_000);
});

test('the app’s pages run without CSP violations', async ({ page }) => {
  const violations = collectCspViolations(page);
  await page.goto('/login');
  await login(page, USERS.specialist);
  await page.goto('/worklist');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/outcomes');
  await expect(page.getByRole('heading', { name: 'Outcomes' })).toBeVisible();
  await page.goto('/staff');
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.goto('/outcomes');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await login(page, USERS.admin);
  for (const path of ['/staff', '/audit', '/outcomes']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('link', { name: 'Dr Amara Okafor' }).click();
  await expect(page.getByRole('heading', { name: 'Dr Amara Okafor' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the 11th failed sign-in is refused with a clear message', async ({ page }) => {
  const email = `locked.${Date.now()}@prolotrack.test`;
  await page.goto('/login');
  for (let i = 1; i <= 11; i++) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`wrong-password-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const expected = i <= 10 ? 'Email or password is incorrect.' : 'Too many failed sign-ins. Try again in 15 minutes.';
    await expect(page.locator('#login-error')).toHaveText(expected);
  }
});

test('a forged x-middleware-subrequest header does not skip the checks', async ({ request, page }) => {
  const forged = { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' };
  const anonymous = await request.get('/staff', { headers: forged, maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()['location']).toMatch(/\/login$/);
  await login(page, USERS.specialist);
  const specialist = await page.request.get('/staff', { headers: forged });
  expect(specialist.status()).toBe(403);
  expect(await specialist.text()).not.toContain('admin@prolotrack.test');
});
