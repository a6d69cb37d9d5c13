import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, USERS, login } from './fixtures';

const port = process.env.E2E_PORT || '3100';
const logPath = process.env.E2E_SERVER_LOG || join(process.env.TMPDIR || tmpdir(), `prolotrack-e2e-${port}.log`);

test('no password, hash or token reaches the server log', async ({ page, browser }) => {
  const secrets: string[] = [DEMO_PASSWORD];

  const wrong = 'Sentinel-Wrong-Password-7391';
  secrets.push(wrong);
  await page.goto('/login');
  await page.getByLabel('Email').fill(USERS.manager);
  await page.getByLabel('Password').fill(wrong);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#login-error')).toContainText('incorrect');

  await login(page, USERS.admin);
  await page.goto('/staff');
  await page.getByLabel('Full name').fill('Dr Log Check');
  await page.getByLabel('Work email').fill(`log.check.${Date.now()}@prolotrack.test`);
  await page.getByRole('button', { name: 'Create account' }).click();
  const generated = (await page.getByTestId('generated-password').textContent())!;
  secrets.push(generated);
  await page.getByRole('link', { name: 'Dr Log Check' }).first().click();
  await page.getByRole('button', { name: 'Reset password' }).click();
  secrets.push((await page.getByTestId('generated-password').textContent())!);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, USERS.specialist);
  await otherPage.goto('/outcomes');
  for (const context of [page.context(), other]) {
    for (const cookie of await context.cookies()) {
      if (cookie.value.length >= 16) secrets.push(cookie.value);
    }
  }
  await other.close();

  const log = readFileSync(logPath, 'utf8');
  expect(log).toMatch(/Ready|Seeded demo clinic/);
  for (const secret of secrets) expect(log, 'a secret appears in the server log').not.toContain(secret);
  expect(log).not.toMatch(/\$argon2id\$/);
  expect(log).not.toMatch(/eyJ[A-Za-z0-9_-]{20,}/);
  expect(log.toLowerCase()).not.toContain('password_hash');
});
