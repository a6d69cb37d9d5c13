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
