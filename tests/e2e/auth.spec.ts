import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, USERS, login } from './fixtures';

test.describe('anonymous visitors', () => {
  for (const path of ['/', '/worklist', '/patients', '/outcomes', '/staff', '/audit', '/courses/1', '/patients/1']) {
    test(`${path} ends on the login page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    });
  }
});

test('a specialist lands on the worklist with their own active courses', async ({ page }) => {
  await login(page, USERS.specialist);
  await expect(page).toHaveURL(/\/worklist$/);
  await expect(page.getByTestId('current-user')).toHaveText('Dr Amara Okafor');
  await expect(page.getByTestId('current-role')).toHaveText('specialist');
  const active = Number(await page.getByTestId('active-courses').textContent());
  expect(active).toBeGreaterThan(5);
  // Courses due after today are counted beneath the table and listed by "Show all".
  const shown = await page.getByTestId('worklist-row').count();
  if (shown < active) {
    await expect(page.getByTestId('worklist-later')).toContainText(`${active - shown} more active course`);
    await page.getByRole('link', { name: `Show all ${active}` }).click();
    await expect(page).toHaveURL(/\/worklist\?all=1$/);
  }
  await expect(page.getByTestId('worklist-row')).toHaveCount(active);
});

for (const role of ['manager', 'admin'] as const) {
  test(`a ${role} lands on the outcomes page with clinic-wide figures`, async ({ page }) => {
    await login(page, USERS[role]);
    await expect(page).toHaveURL(/\/outcomes/);
    await expect(page.getByTestId('current-role')).toHaveText(role);
    const patients = Number(await page.getByTestId('figure-patients').first().textContent());
    expect(patients).toBeGreaterThanOrEqual(150);
  });
}

test('a wrong password shows an error and does not sign in', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(USERS.manager);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#login-error')).toContainText('Email or password is incorrect');
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/outcomes');
  await expect(page).toHaveURL(/\/login$/);
});

test('a specialist opening the admin area is refused', async ({ page }) => {
  await login(page, USERS.specialist);
  const response = await page.goto('/staff');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
  await expect(page.getByText('admin@prolotrack.test')).toHaveCount(0);
});

test('an admin sees the staff accounts', async ({ page }) => {
  await login(page, USERS.admin);
  await page.goto('/staff');
  await expect(page.getByRole('heading', { name: 'Staff accounts' })).toBeVisible();
  await expect(page.getByRole('cell', { name: USERS.specialist })).toBeVisible();
});

test('signing out ends the session', async ({ page }) => {
  await login(page, USERS.manager, DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/outcomes');
  await expect(page).toHaveURL(/\/login$/);
});
