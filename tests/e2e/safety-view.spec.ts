import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { USERS, createPatient, logSession, login, startKneeCourse } from './fixtures';

// A day ten years back: no demo course reaches it, so the figures filtered to it are this test's alone.
const DAY = format(addDays(new Date(), -3650), 'yyyy-MM-dd');
const HEADER =
  'patient_key,course_key,specialist_key,condition,region,session_number,session_day,session_injections,type,severity,serious,onset_day,resolution_day,status,days_to_resolution';

async function openSafety(page: Page, query = '') {
  const response = await page.goto(`/safety${query}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Safety', level: 1 })).toBeVisible();
}

test('a manager sees the rates and the serious events; one serious event moves its numerators by exactly one', async ({ page, browser }) => {
  await login(page, USERS.specialist);
  await createPatient(page, `E2E-S-${Date.now()}`, 'Sara', 'Safety');
  const courseUrl = await startKneeCourse(page, DAY);
  await logSession(page, courseUrl, DAY, 6, true);

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await login(manager, USERS.manager);
  const query = `?from=${DAY}&to=${DAY}`;
  await openSafety(manager, query);
  await expect(manager.getByTestId('rate-definition')).toContainText('at least one adverse event');
  await expect(manager.getByTestId('figure-safety-overall')).toHaveText('0.0');
  await expect(manager.getByTestId('rates-by-type-pneumothorax')).toHaveAttribute('data-count', '0');
  await expect(manager.getByTestId('rates-by-type-pneumothorax')).toHaveAttribute('data-n', '1');
  await expect(manager.getByTestId('rates-by-type-pneumothorax')).toContainText('0/1 · 95 % CI 0.0–79.3');
  await expect(manager.getByTestId('serious-events')).toContainText('No serious adverse events');

  // The specialist records a serious pneumothorax attributed to that session.
  await page.goto(courseUrl);
  const form = page.getByRole('form', { name: 'Record adverse event' });
  await form.getByLabel('Type').selectOption('pneumothorax');
  await form.getByLabel('Severity').selectOption('severe');
  await form.getByLabel('Onset').fill(DAY);
  await form.getByLabel(/Serious/).check();
  await form.getByRole('button', { name: 'Record adverse event' }).click();
  await expect(page.getByTestId('adverse-event')).toContainText('Pneumothorax');

  await openSafety(manager, query);
  await expect(manager.getByTestId('figure-safety-overall')).toHaveText('100.0');
  await expect(manager.getByTestId('figure-safety-serious')).toHaveText('100.0');
  await expect(manager.getByTestId('rates-by-type-pneumothorax')).toHaveAttribute('data-count', '1');
  await expect(manager.getByTestId('rates-by-type-pneumothorax')).toHaveAttribute('data-n', '1');
  await expect(manager.getByTestId('rates-by-type-bruising')).toHaveAttribute('data-count', '0');
  await expect(manager.getByTestId('rates-by-region-knee')).toHaveAttribute('data-count', '1');
  const row = manager.getByTestId('serious-event');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Pneumothorax');
  await expect(row).toContainText('Severe');
  await expect(row).toContainText('Ongoing');
  await expect(row.getByRole('link', { name: /Pneumothorax: open the course/ })).toHaveAttribute('href', courseUrl);
  await expect(manager.getByTestId('figure-safety-ongoing')).toHaveText('1');
  await managerContext.close();
});

test('a specialist gets the forbidden page; the nav offers Safety to managers only', async ({ page }) => {
  await login(page, USERS.specialist);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Safety' })).toHaveCount(0);
  const response = await page.goto('/safety');
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId('figure-safety-overall')).toHaveCount(0);
  expect((await page.request.post('/api/exports/adverse-events', { form: {} })).status()).toBe(403);
});

test('the manager downloads the de-identified adverse events CSV with the expected header', async ({ page }) => {
  await login(page, USERS.manager);
  await page.goto('/outcomes');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Safety' }).click();
  await expect(page.getByRole('heading', { name: 'Safety', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Safety' })).toHaveAttribute('aria-current', 'page');
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-adverse-events').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('prolotrack-adverse-events.csv');
  const csv = readFileSync((await download.path()) as string, 'utf8');
  const [header, ...rows] = csv.trim().split('\n');
  expect(header).toBe(HEADER);
  expect(rows.length).toBeGreaterThan(0);
  // The demo's descriptions (e.g. "Felt faint after injection") and every date stay out.
  expect(csv).not.toMatch(/faint|Bruising at|tingling|@prolotrack|\d{4}-\d{2}-\d{2}/);
});
