import { expect, test } from '@playwright/test';
import { USERS, createStaffAccount, login } from './fixtures';

test('an account created by an admin must choose its own password before anything else', async ({ page, browser }) => {
  const email = `first.sign-in.${Date.now()}@prolotrack.test`;
  await login(page, USERS.admin);
  const issued = await createStaffAccount(page, 'Dr Ida Quinn', email);

  const context = await browser.newContext();
  const own = await context.newPage();
  await login(own, email, issued);
  await expect(own).toHaveURL(/\/account$/);
  await expect(own.getByTestId('must-change-password')).toBeVisible();
  // Every other page sends them back, and the data behind them is refused.
  await own.goto('/worklist');
  await expect(own).toHaveURL(/\/account$/);
  await own.goto('/patients');
  await expect(own).toHaveURL(/\/account$/);

  await own.getByLabel('Current password').fill('not-the-password');
  await own.locator('#newPassword').fill('ida-own-password-2026');
  await own.locator('#confirmPassword').fill('ida-own-password-2026');
  await own.getByRole('button', { name: 'Change password' }).click();
  await expect(own.locator('#currentPassword-error')).toHaveText('This is not your current password.');
  await expect(own.locator('#newPassword')).toHaveValue('ida-own-password-2026');
  await own.getByLabel('Current password').fill(issued);
  await own.getByRole('button', { name: 'Change password' }).click();
  await expect(own).toHaveURL(/\/login\?password=changed$/);
  await expect(own.getByRole('status')).toContainText('Password changed');

  // The password the admin saw no longer works; their own does, with no detour.
  await own.getByLabel('Email').fill(email);
  await own.getByLabel('Password').fill(issued);
  await own.getByRole('button', { name: 'Sign in' }).click();
  await expect(own.getByText('Email or password is incorrect.')).toBeVisible();
  await login(own, email, 'ida-own-password-2026');
  await expect(own).toHaveURL(/\/worklist$/);
  await own.goto('/patients');
  await expect(own).toHaveURL(/\/patients$/);
  await context.close();
});

test('every user reaches their Account page from the sidebar', async ({ page }) => {
  await login(page, USERS.manager);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Account' })).toBeVisible();
  await expect(page.getByTestId('must-change-password')).toHaveCount(0);
});
