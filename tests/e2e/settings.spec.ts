import { expect, test } from '@playwright/test';
import { USERS, login } from './fixtures';

test('an admin changes a setting: bad input stays with its message, a good value becomes the new version', async ({ page }) => {
  await login(page, USERS.admin);
  await page.goto('/settings');
  const card = page.getByTestId('setting-clinicAddress');
  const original = (await card.getByTestId('setting-value').textContent())!;
  const value = card.getByLabel('New value');
  await value.fill('   ');
  await card.getByLabel('Reason for the change').fill('We moved');
  await card.getByRole('button', { name: 'Save new value' }).click();
  await expect(card.locator('#clinicAddress-error')).toHaveText('Enter the clinic address');
  await expect(card.getByLabel('Reason for the change')).toHaveValue('We moved');

  await value.fill('2 Quay Road, Springfield');
  await card.getByRole('button', { name: 'Save new value' }).click();
  await expect(card.getByRole('status')).toContainText('saved, in force from now');
  await page.reload();
  await expect(card.getByTestId('setting-value')).toHaveText('2 Quay Road, Springfield');
  await card.getByText('Earlier versions').click();
  await expect(card.getByText('“We moved”')).toBeVisible();

  await card.getByLabel('New value').fill(original);
  await card.getByRole('button', { name: 'Save new value' }).click();
  await expect(card.getByRole('status')).toContainText('saved');
});

test('follow-up windows that would overlap are refused next to the field, and nothing is saved', async ({ page }) => {
  await login(page, USERS.admin);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Follow-ups and patient links' })).toBeVisible();
  const card = page.getByTestId('setting-followUpM3WindowDays');
  await expect(card.getByTestId('setting-value')).toHaveText('28 days');
  await expect(card).toContainText('Source: Clinic practice');
  await card.getByLabel('New value').fill('40');
  await card.getByRole('button', { name: 'Save new value' }).click();
  await expect(card.locator('#followUpM3WindowDays-error')).toHaveText(
    'The answer windows of the 6 weeks and 3 months follow-ups would overlap: shorten a window or move the time points apart.',
  );
  await expect(card.getByLabel('New value')).toHaveValue('40');
  await page.reload();
  await expect(card.getByTestId('setting-value')).toHaveText('28 days');
  await expect(page.getByTestId('setting-followUpW6Weeks').getByLabel('New value (weeks)')).toHaveValue('6');
  await expect(page.getByTestId('setting-preSessionLinkExpiryHours').getByTestId('setting-value')).toHaveText('2 hours');
});
