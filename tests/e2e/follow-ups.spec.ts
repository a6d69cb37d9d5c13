import { expect, test } from '@playwright/test';
import { addDays, addMonths, format } from 'date-fns';
import { USERS, chooseScore, createPatient, logSession, login, startKneeCourse } from './fixtures';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const shown = (d: Date) => format(d, 'd MMM yyyy');

test('a finished course gets four follow-ups; the patient answers one through a link at 375 px', async ({ page, browser }) => {
  const today = new Date();
  const lastInjection = addDays(today, -42);
  const mrn = `E2E-FU-${Date.now()}`;
  await login(page, USERS.specialist);
  await createPatient(page, mrn, 'Maren', 'Okafor', '1961-09-23');
  const courseUrl = await startKneeCourse(page, iso(addDays(today, -70)));
  await logSession(page, courseUrl, iso(addDays(today, -70)), 7, true);
  await logSession(page, courseUrl, iso(lastInjection), 4, false);
  await expect(page.getByTestId('follow-up-row')).toHaveCount(0);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByLabel('Outcome').selectOption('completed');
  await page.getByLabel('Reason').fill('Goals met');
  await page.getByRole('button', { name: 'Close course' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Course closed.');

  const rows = page.getByTestId('follow-up-row');
  await expect(rows).toHaveCount(4);
  const due = [addDays(lastInjection, 42), addMonths(lastInjection, 3), addMonths(lastInjection, 6), addMonths(lastInjection, 12)];
  await expect(page.getByTestId('follow-up-due')).toHaveText(due.map(shown));
  await expect(page.getByTestId('follow-up-state')).toHaveText(['Due', 'Upcoming', 'Upcoming', 'Upcoming']);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('follow-ups').screenshot({ path: '/tmp/follow-course-follow-ups-1280.png' });

  await rows.first().getByRole('button', { name: 'Create link', exact: true }).click();
  const url = await page.getByTestId('patient-link-url').inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{32}$/);
  await expect(page.getByRole('img', { name: 'QR code of the link for the patient' })).toBeVisible();

  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const patient = await phone.newPage();
  await patient.goto(url);
  await expect(patient).toHaveURL(/\/r\/answer$/);
  await expect(patient.getByRole('heading', { name: 'Hello Maren' })).toBeVisible();
  const text = await patient.locator('body').innerText();
  for (const secret of ['Okafor', mrn, '1961', '23 Sep', 'Knee', 'knee']) expect(text).not.toContain(secret);
  expect(await patient.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const box = await patient.getByRole('radiogroup', { name: 'Pain score' }).getByText('10', { exact: true }).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await patient.screenshot({ path: '/tmp/follow-patient-375.png', fullPage: true });

  await patient.getByRole('button', { name: 'Send my answers' }).click();
  await expect(patient.getByText('Please answer every question.')).toBeVisible();
  await chooseScore(patient, 'Pain', 2);
  await chooseScore(patient, 'Mobility', 8);
  await chooseScore(patient, 'Sleep', 7);
  await patient.getByRole('radio', { name: 'Much improved', exact: true }).check();
  await patient.getByLabel(/Anything else/).fill('Stairs are easy again');
  await patient.getByRole('button', { name: 'Send my answers' }).click();
  await expect(patient.getByRole('heading', { name: 'Thank you, Maren' })).toBeVisible();
  await patient.screenshot({ path: '/tmp/follow-patient-thanks-375.png', fullPage: true });

  const again = await patient.goto(url);
  expect(again?.status()).toBe(410);
  await expect(patient.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
  const altered = await patient.goto(url.slice(0, -1) + (url.endsWith('A') ? 'B' : 'A'));
  expect(altered?.status()).toBe(404);
  expect(await patient.locator('body').innerText()).not.toContain('Maren');
  await phone.close();

  await page.reload();
  await expect(page.getByTestId('follow-up-state').first()).toHaveText('Answered');
  await expect(rows.first()).toContainText('Pain 2 · Mobility 8 · Sleep 7');
  await expect(rows.first()).toContainText('Much improved');
  for (const key of ['pain', 'mobility', 'sleep']) {
    await expect(page.locator(`[data-testid="progress-chart"] .dot-${key}-patient`)).toHaveCount(1);
    await expect(page.locator(`[data-testid="progress-chart"] .dot-${key}`)).toHaveCount(2);
  }
  await expect(page.locator('[data-testid="progress-chart"]').getByText('Patient-reported')).toBeVisible();
  await page.screenshot({ path: '/tmp/follow-course-1280.png', fullPage: true });
  await page.setViewportSize({ width: 820, height: 1100 });
  await page.screenshot({ path: '/tmp/follow-course-820.png', fullPage: true });
});

test('a follow-up due on the worklist gets its link in its own row, and the row then says a link was made', async ({ page, browser }) => {
  const today = new Date();
  const lastInjection = addDays(today, -42);
  const mrn = `E2E-WL-${Date.now()}`;
  await login(page, USERS.specialist);
  await createPatient(page, mrn, 'Ines', 'Halloran', '1958-04-11');
  const courseUrl = await startKneeCourse(page, iso(addDays(today, -70)));
  await logSession(page, courseUrl, iso(addDays(today, -70)), 6, true);
  await logSession(page, courseUrl, iso(lastInjection), 3, true);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByLabel('Outcome').selectOption('completed');
  await page.getByLabel('Reason').fill('Goals met');
  await page.getByRole('button', { name: 'Close course' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Course closed.');

  await page.goto('/worklist');
  const due = page.getByTestId('follow-ups-due');
  const row = due.getByTestId('follow-up-due-row').filter({ hasText: mrn });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('6 weeks');
  await expect(row).toContainText(`due ${shown(addDays(lastInjection, 42))}`);
  await row.getByRole('button', { name: 'Create link', exact: true }).click();
  const url = await row.getByTestId('patient-link-url').inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{32}$/);
  // Only the row the link was made for shows it.
  await expect(due.getByTestId('link-card')).toHaveCount(1);

  await page.reload();
  await expect(row).toContainText(`Link created ${shown(today)}`);
  await expect(row.getByRole('button', { name: 'New link', exact: true })).toBeVisible();
  await expect(due.getByTestId('link-card')).toHaveCount(0);

  const phone = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const patient = await phone.newPage();
  await patient.goto(url);
  await expect(patient.getByRole('heading', { name: 'Hello Ines' })).toBeVisible();
  await phone.close();
});

test('waiting-room mode pre-fills today’s session form and the session keeps both values', async ({ page }) => {
  const today = new Date();
  await login(page, USERS.specialist);
  await createPatient(page, `E2E-WR-${Date.now()}`, 'Tomas', 'Ferreira');
  const courseUrl = await startKneeCourse(page, iso(addDays(today, -28)));
  await logSession(page, courseUrl, iso(addDays(today, -28)), 7, true);

  await page.getByRole('button', { name: 'Hand the tablet to the patient' }).click();
  await expect(page).toHaveURL(/\/r\/answer$/);
  await expect(page.getByRole('heading', { name: 'Hello Tomas' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByText('Ferreira')).toHaveCount(0);
  await chooseScore(page, 'Pain', 6);
  await chooseScore(page, 'Mobility', 5);
  await chooseScore(page, 'Sleep', 3);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByText('Please hand the device back to the clinic team')).toBeVisible();

  await page.goto(courseUrl);
  await expect(page.getByTestId('waiting-report')).toContainText('pain 6, mobility 5, sleep 3');
  await page.getByRole('link', { name: 'Log the session' }).click();
  await expect(page.getByTestId('patient-report-note')).toContainText('Patient-reported');
  await expect(page.getByRole('radiogroup', { name: 'Pain score' }).getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Sleep score' }).getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await chooseScore(page, 'Pain', 5);
  await expect(page.getByTestId('patient-report-note')).toContainText('Changed: pain');
  await page.getByRole('button', { name: 'Same sites as last session' }).click();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Session saved.');

  const second = page.getByTestId('session-row').nth(1);
  await expect(second.getByTestId('patient-reported-badge')).toHaveText('Scores patient-reported');
  await expect(second.getByTestId('patient-value')).toHaveText('patient: 6');
  await expect(page.getByTestId('waiting-report')).toHaveCount(0);
});

test('random and unknown link tokens answer 404 without data', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const token of ['x', 'A'.repeat(32), '..%2F..%2Fetc', 'not-a-token-at-all']) {
    const response = await page.goto(`/r/${token}`);
    expect(response?.status(), token).toBe(404);
    await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  }
  const answer = await page.goto('/r/answer');
  expect(answer?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Please open the link again' })).toBeVisible();
  await context.close();
});
