import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { USERS, chooseScore, createPatient, login, recordConsent, startKneeCourse } from './fixtures';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

async function typeSession(page: Page) {
  await page.getByRole('link', { name: 'Log session' }).click();
  await chooseScore(page, 'Pain', 6);
  await chooseScore(page, 'Mobility', 5);
  await chooseScore(page, 'Sleep', 4);
  await page.locator('[data-region="knee"][data-side="left"]').first().click();
  await page.getByRole('button', { name: 'Add Medial collateral ligament left' }).click();
}

test('a session with injections on a course without consent saves nothing; after consent the same typed session saves', async ({ page }) => {
  await login(page, USERS.specialist);
  await createPatient(page, `E2E-C-${Date.now()}`, 'Iris', 'Consent');
  const courseUrl = await startKneeCourse(page, iso(addDays(new Date(), -7)), { consent: false });
  await typeSession(page);
  await page.getByLabel(/Anaesthetic at/).selectOption('lidocaine_1');
  await page.getByLabel(/Anaesthetic mL at/).fill('2');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('form', { name: 'Session' }).getByRole('alert')).toContainText('consent is not on file');
  const link = page.getByTestId('record-consent-link');
  await expect(link).toBeVisible();
  await expect(page).toHaveURL(/sessions\/new/);
  await expect(page.getByLabel(/Anaesthetic mL at/)).toHaveValue('2');

  // Consent is recorded in a new tab; the typed session stays in this one.
  const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  await recordConsent(tab);
  await tab.close();
  const check = await page.context().newPage();
  await check.goto(courseUrl);
  await expect(check.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await expect(check.getByTestId('sessions-done')).toContainText('0 /');
  await check.close();

  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Session saved.');
  await expect(page.getByTestId('sessions-done')).toContainText('1 /');
});

test('lidocaine 1 % 30 mL for a 60 kg patient warns and needs a confirmed reason; 10 mL saves without a warning', async ({ page }) => {
  await login(page, USERS.specialist);
  await createPatient(page, `E2E-D-${Date.now()}`, 'Dora', 'Dose');
  await page.getByRole('link', { name: /Edit/ }).first().click();
  await page.getByLabel('Weight (kg)').fill('60');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await startKneeCourse(page, iso(addDays(new Date(), -7)));

  await typeSession(page);
  await page.getByLabel(/Anaesthetic at/).selectOption('lidocaine_1');
  await page.getByLabel(/Anaesthetic mL at/).fill('30');
  await expect(page.getByTestId('dose-warning')).toBeVisible();
  await expect(page.getByTestId('dose-summary')).toContainText('Lidocaine 300 mg (maximum 270 mg)');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.locator('#doseOverrideReason-error')).toContainText('Confirm the dose');
  await page.getByLabel('I confirm this dose').check();
  await page.getByLabel('Reason').fill('Large joint, discussed with the patient');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Session saved.');

  await typeSession(page);
  await page.getByLabel(/Anaesthetic at/).selectOption('lidocaine_1');
  await page.getByLabel(/Anaesthetic mL at/).fill('10');
  await expect(page.getByTestId('dose-summary')).toContainText('Lidocaine 100 mg');
  await expect(page.getByTestId('dose-warning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Session saved.');
});
