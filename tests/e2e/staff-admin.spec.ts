import { expect, test } from '@playwright/test';
import { USERS, login } from './fixtures';

test('an admin creates an account, which signs in, and loses access at its next request once deactivated', async ({ page, browser }) => {
  const email = `new.staff.${Date.now()}@prolotrack.test`;
  await login(page, USERS.admin);
  await page.goto('/staff');
  await page.getByLabel('Full name').fill('Dr Nia Lowe');
  await page.getByLabel('Work email').fill('nia@');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#email-error')).toHaveText('Enter a valid email address, like name@clinic.org.');
  await expect(page.getByLabel('Full name')).toHaveValue('Dr Nia Lowe');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Role').selectOption('manager');
  await page.getByRole('button', { name: 'Create account' }).click();
  const password = (await page.getByTestId('generated-password').textContent())!;
  expect(password).toMatch(/^([A-Za-z2-9]{5}-){3}[A-Za-z2-9]{5}$/);

  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await login(staffPage, email, password);
  await expect(staffPage.getByTestId('current-role')).toHaveText('manager');

  await page.goto('/staff');
  await page.getByRole('link', { name: 'Dr Nia Lowe' }).click();
  await page.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(page.getByRole('status')).toContainText('Account deactivated');

  await staffPage.goto('/outcomes');
  await expect(staffPage).toHaveURL(/\/login$/);
  await staffContext.close();

  await page.goto('/audit?action=staff.deactivate');
  await expect(page.getByTestId('audit-row').first()).toContainText(email);
});

test('an admin cannot deactivate their own account', async ({ page }) => {
  await login(page, USERS.admin);
  await page.goto('/staff');
  await page.getByRole('link', { name: 'Sam Ortiz' }).click();
  await expect(page.getByRole('button', { name: 'Deactivate account' })).toBeDisabled();
  await expect(page.getByText('You cannot remove your own admin role.')).toBeVisible();
});

test('a manager reads the audit trail and filters it; a specialist cannot', async ({ page }) => {
  await login(page, USERS.manager);
  await page.goto('/audit');
  await page.getByLabel('Action').selectOption('login');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=login/);
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).toContain('login');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await login(page, USERS.specialist);
  const response = await page.goto('/audit');
  expect(response?.status()).toBe(403);
});
