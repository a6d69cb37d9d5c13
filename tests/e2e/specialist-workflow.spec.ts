import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { USERS, chooseScore, createPatient, login, startKneeCourse } from './fixtures';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

async function setCount(page: Page, row: number, count: number) {
  await page.getByTestId('site-row').nth(row).getByRole('spinbutton').first().fill(String(count));
}

test('a specialist runs a knee course and sees it respond', async ({ page }) => {
  const today = new Date();
  const dates = [84, 56, 28, 0].map((days) => iso(addDays(today, -days)));
  const pains = [8, 6, 4, 2];
  const counts = [[2, 2, 2], [2, 1, 1], [1, 1, 1], [1]];
  const mrn = `E2E-${Date.now()}`;

  await login(page, USERS.specialist);
  await createPatient(page, mrn, 'Nora', 'Lindqvist');
  await startKneeCourse(page, dates[0]);
  const courseUrl = page.url().replace(/\?.*$/, '');

  for (let i = 0; i < 4; i++) {
    await page.getByRole('link', { name: 'Log session' }).click();
    await page.getByLabel('Session date').fill(dates[i]);
    await chooseScore(page, 'Pain', pains[i]);
    await chooseScore(page, 'Mobility', 3 + i * 2);
    await chooseScore(page, 'Sleep', 4 + i);
    if (i === 0) {
      await page.locator('[data-region="knee"][data-side="left"]').first().click();
      await page.getByRole('button', { name: 'Add Medial collateral ligament left' }).click();
      await page.getByRole('button', { name: 'Add Lateral collateral ligament left' }).click();
      await page.getByLabel('Find a site').fill('coronary');
      await page.getByRole('list', { name: 'Matching sites' }).getByRole('button', { name: 'Add Medial coronary ligament left' }).click();
    } else {
      await page.getByRole('button', { name: 'Same sites as last session' }).click();
    }
    const rows = counts[i];
    while ((await page.getByTestId('site-row').count()) > rows.length) {
      await page
        .getByTestId('site-row')
        .last()
        .getByRole('button', { name: /^Remove/ })
        .click();
    }
    for (let r = 0; r < rows.length; r++) await setCount(page, r, rows[r]);
    await expect(page.getByTestId('injection-total')).toHaveText(String(rows.reduce((a, b) => a + b, 0)));
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page).toHaveURL(new RegExp(`${courseUrl.replace(/[/.]/g, '\\$&')}\\?saved=session`));
    await expect(page.getByTestId('flash')).toHaveText('Session saved.');
  }

  await expect(page.getByTestId('sessions-done')).toHaveText('4 / 4');
  for (const key of ['pain', 'mobility', 'sleep']) {
    await expect(page.locator(`[data-testid="progress-chart"] .dot-${key}`)).toHaveCount(4);
  }
  const bars = page.locator('[data-testid="injections-chart"] .recharts-bar-rectangle path');
  await expect(bars).toHaveCount(4);
  const heights = await bars.evaluateAll((els) => els.map((el) => (el as SVGGraphicsElement).getBBox().height));
  for (let i = 1; i < heights.length; i++) expect(heights[i]).toBeLessThan(heights[i - 1]);
  await expect(page.getByTestId('injections-summary')).toHaveText('Injections per session: 6, 4, 3, 1 (session 1 to 4).');
  await expect(page.getByTestId('responder-badge')).toHaveText('Responder');
  await expect(page.getByTestId('change-pain')).toHaveText('−6');
  await expect(page.getByTestId('next-due')).toContainText(format(addDays(today, 28), 'd MMM yyyy'));
});

test('bad scores and future dates show field errors, keep input and save nothing', async ({ page }) => {
  await login(page, USERS.specialist);
  await createPatient(page, `E2E-V-${Date.now()}`, 'Ivo', 'Petrov');
  await startKneeCourse(page, iso(addDays(new Date(), -14)));
  await page.getByRole('link', { name: 'Log session' }).click();
  const future = iso(addDays(new Date(), 3));
  await page.getByLabel('Session date').fill(future);
  await page.getByTestId('pain-typed').fill('11');
  await chooseScore(page, 'Mobility', 5);
  await chooseScore(page, 'Sleep', 6);
  await page.getByLabel('Session notes').fill('Patient reports stiffness in the morning');
  await page.getByRole('button', { name: 'Save session' }).click();

  await expect(page.locator('#pain-error')).toHaveText('Pain must be a whole number from 0 to 10');
  await expect(page.locator('#sessionDate-error')).toHaveText('The session date cannot be in the future');
  await expect(page.getByTestId('pain-typed')).toHaveValue('11');
  await expect(page.getByLabel('Session date')).toHaveValue(future);
  await expect(page.getByLabel('Session notes')).toHaveValue('Patient reports stiffness in the morning');
  await expect(page.getByRole('radiogroup', { name: 'Mobility score' }).getByRole('radio', { name: '5' })).toBeChecked();

  await page.goto(page.url().replace(/\/sessions\/new$/, ''));
  await expect(page.getByTestId('sessions-done')).toHaveText('0 / 4');
  await expect(page.getByText('No sessions yet — log the first one.')).toBeVisible();
});

test("a specialist cannot open or change another specialist's patient, course or session", async ({ page, request }) => {
  await login(page, USERS.specialist);
  await createPatient(page, `E2E-A-${Date.now()}`, 'Private', 'Patient');
  const patientUrl = new URL(page.url()).pathname;
  await startKneeCourse(page, iso(addDays(new Date(), -7)));
  const courseUrl = new URL(page.url()).pathname;
  const courseId = courseUrl.split('/').pop();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await login(page, USERS.specialistB);
  for (const path of [patientUrl, `${patientUrl}/edit`, courseUrl, `${courseUrl}/sessions/new`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText('Private Patient')).toHaveCount(0);
  }
  const cookies = await page.context().cookies();
  const api = await request.post(`/api/courses/${courseId}/sessions`, {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
    data: { sessionDate: iso(new Date()), pain: 5, mobility: 5, sleep: 5, ultrasoundGuided: true, needling: false, sites: [] },
  });
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain('Private');
});
