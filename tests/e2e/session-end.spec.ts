import { expect, test } from '@playwright/test';
import { USERS, login } from './fixtures';

test('a session cookie copied before signing out opens nothing afterwards', async ({ page, playwright, baseURL }) => {
  await login(page, USERS.specialist);
  await expect(page).toHaveURL(/\/worklist$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'next-auth.session-token');
  expect(cookie).toBeDefined();
  const replay = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `next-auth.session-token=${cookie!.value}` },
  });
  try {
    const before = await replay.get('/worklist');
    expect(before.url()).toMatch(/\/worklist$/);
    expect(await before.text()).toContain('data-testid="worklist-row"');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);

    const after = await replay.get('/worklist');
    expect(after.url()).toMatch(/\/login$/);
    const html = await after.text();
    expect(html).toContain('Sign in');
    expect(html).not.toContain('data-testid="worklist-row"');
    expect(html).not.toContain('Dr Amara Okafor');
    expect((await replay.post('/api/exports/courses', { form: {} })).status()).toBe(401);
  } finally {
    await replay.dispose();
  }
});
