import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { USERS, chooseScore, createPatient, logSession, login, startKneeCourse } from './fixtures';

const figure = async (page: Page, id: string) => Number(await page.getByTestId(`figure-${id}`).textContent());

test.describe('manager outcomes dashboard', () => {
  test('shows figures and non-empty charts, and narrows them to one condition', async ({ page }) => {
    await login(page, USERS.manager);
    await page.goto('/outcomes');
    const patients = await figure(page, 'patients');
    const sessions = await figure(page, 'sessions');
    expect(patients).toBeGreaterThanOrEqual(150);
    expect(sessions).toBeGreaterThan(300);
    await expect(page.getByTestId('figure-responder-rate')).toHaveText(/^\d+%$/);
    for (const chart of ['pain', 'mobility', 'sleep']) {
      await expect(page.getByTestId(`chart-${chart}`).locator('.recharts-line-curve')).toHaveCount(1);
      await expect(page.getByTestId(`chart-${chart}`).locator('.recharts-area-area')).toHaveCount(1);
    }
    expect(await page.getByTestId('chart-injections').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('chart-responders').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10);
    await expect(page.getByTestId('chart-time-to-response').locator('.recharts-line-curve')).toHaveCount(1);
    await expect(page.getByTestId('table-by-condition').locator('tbody tr')).toHaveCount(15);
    await expect(page.getByTestId('table-by-specialist').locator('tbody tr')).toHaveCount(3);

    await page.getByLabel('Condition', { exact: true }).selectOption({ label: 'Shoulder pain' });
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(page).toHaveURL(/condition=shoulder/);
    await expect(page.getByTestId('table-by-condition').locator('tbody tr')).toHaveCount(1);
    const shoulderPatients = await figure(page, 'patients');
    expect(shoulderPatients).toBeGreaterThan(0);
    expect(shoulderPatients).toBeLessThan(patients);
    expect(await figure(page, 'sessions')).toBeLessThan(sessions);
    await expect(page.getByText('All courses in the clinic · all dates · Shoulder pain')).toBeVisible();
  });

  test('lists the overdue follow-ups behind the figure', async ({ page }) => {
    await login(page, USERS.manager);
    await page.goto('/outcomes');
    const overdue = await figure(page, 'overdue');
    expect(overdue).toBeGreaterThan(0);
    await page.getByTestId('figure-overdue').getByRole('link').click();
    await expect(page).toHaveURL(/\/outcomes\/overdue/);
    await expect(page.getByTestId('overdue-row')).toHaveCount(overdue);
    await expect(page.getByTestId('overdue-row').first()).toContainText('Overdue');
  });

  test('downloads a de-identified CSV without patient names', async ({ page }) => {
    await login(page, USERS.manager);
    await page.goto('/outcomes/overdue');
    const names = (await page.getByTestId('overdue-row').locator('td:first-child a').allTextContents()).map((n) => n.trim());
    expect(names.length).toBeGreaterThan(0);
    await page.goto('/outcomes');
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('export-courses').click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('prolotrack-courses.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header.split(',').slice(0, 3)).toEqual(['patient_key', 'course_key', 'age_band']);
    // One row per course with sessions: the demo clinic has about 160 (other specs add a few while this runs).
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.split(',')[1])).size).toBe(rows.length);
    for (const name of names) {
      for (const part of name.split(' ')) expect(csv).not.toContain(part);
    }
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}|@|MRN/i);

    const sessions = await page.request.post('/api/exports/sessions', { form: { condition: 'knee_pain' } });
    expect(sessions.status()).toBe(200);
    const text = await sessions.text();
    expect(text.split('\n')[0]).toContain('site_code');
    expect(text.split('\n')[0]).not.toContain('anaesthetic');
    for (const name of names) expect(text).not.toContain(name);
  });

  test('an export is a same-site POST of enough courses', async ({ page }) => {
    await login(page, USERS.manager);
    // A link or an image on another site cannot start one: GET is not served, a foreign Origin is refused.
    expect((await page.request.get('/api/exports/courses')).status()).toBe(405);
    const forged = await page.request.post('/api/exports/courses', { headers: { origin: 'https://evil.test' }, form: {} });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).not.toContain('patient_key');
    // One day of sessions leaves too few courses: the page says so and the server refuses.
    await page.goto('/outcomes?from=2000-01-01&to=2000-01-01');
    await expect(page.getByTestId('export-courses')).toBeDisabled();
    await expect(page.getByTestId('export-too-few')).toContainText('at least 5 courses');
    const small = await page.request.post('/api/exports/courses', { form: { from: '2000-01-01', to: '2000-01-01' } });
    expect(small.status()).toBe(422);
    expect((await small.json()).error).toMatch(/leave 0 courses; an export needs at least 5/);
  });
});

test('a specialist sees only their own courses and cannot export', async ({ page }) => {
  await login(page, USERS.specialist);
  const ownActive = Number(await page.getByTestId('active-courses').textContent());
  await page.goto('/outcomes');
  await expect(page.getByText(/^Your courses only/)).toBeVisible();
  expect(await figure(page, 'active-courses')).toBe(ownActive);
  const patients = await figure(page, 'patients');
  expect(patients).toBeLessThan(150);
  await expect(page.getByLabel('Specialist', { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('export-courses')).toHaveCount(0);
  await expect(page.getByTestId('table-by-specialist')).toHaveCount(0);
  // Asking for another specialist in the URL changes nothing: the scope is enforced on the server.
  await page.goto('/outcomes?specialist=2');
  expect(await figure(page, 'patients')).toBe(patients);
  expect(await figure(page, 'active-courses')).toBe(ownActive);
  const response = await page.request.post('/api/exports/courses', { form: {} });
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain('patient_key');
});

test('an anonymous request to the export URL gets no data', async ({ request }) => {
  const plain = await request.post('/api/exports/courses', { form: {}, maxRedirects: 0 });
  expect(plain.status()).not.toBe(200);
  expect(await plain.text()).not.toContain('patient_key');
  const forged = await request.post('/api/exports/sessions', {
    form: {},
    headers: { cookie: 'next-auth.session-token=not-a-real-token' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(401);
  expect(await forged.text()).not.toContain('patient_key');
});

test('a patient answering a 6-week follow-up moves the 6-week figures by exactly that course', async ({ page, browser }) => {
  const iso = (d: Date) => format(d, 'yyyy-MM-dd');
  const today = new Date();
  await login(page, USERS.specialist);
  await createPatient(page, `E2E-OC-${Date.now()}`, 'Ines', 'Varga');
  const courseUrl = await startKneeCourse(page, iso(addDays(today, -70)));
  await logSession(page, courseUrl, iso(addDays(today, -70)), 7, true);
  await logSession(page, courseUrl, iso(addDays(today, -42)), 5, false);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByLabel('Outcome').selectOption('completed');
  await page.getByLabel('Reason').fill('Goals met');
  await page.getByRole('button', { name: 'Close course' }).click();
  await expect(page.getByTestId('follow-up-row')).toHaveCount(4);
  await page.getByTestId('follow-up-row').first().getByRole('button', { name: 'Create link', exact: true }).click();
  const url = await page.getByTestId('patient-link-url').inputValue();

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await login(manager, USERS.manager);
  const sixWeeks = async () => {
    await manager.goto('/outcomes');
    const cell = async (id: string) => {
      const el = manager.getByTestId(id);
      return [Number(await el.getAttribute('data-count')), Number(await el.getAttribute('data-n'))];
    };
    return { completion: await cell('completion-w6'), responders: await cell('responders-w6') };
  };
  const before = await sixWeeks();

  const phone = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const patient = await phone.newPage();
  await patient.goto(url);
  await chooseScore(patient, 'Pain', 3); // 7 → 3: 4 points, 57 %: a responder
  await chooseScore(patient, 'Mobility', 7);
  await chooseScore(patient, 'Sleep', 7);
  await patient.getByRole('radio', { name: 'Much improved', exact: true }).check();
  await patient.getByRole('button', { name: 'Send my answers' }).click();
  await expect(patient.getByRole('heading', { name: 'Thank you, Ines' })).toBeVisible();
  await phone.close();

  const after = await sixWeeks();
  // The follow-up was already due (in its window): answered + 1 of the same due; one more responder of one more answered.
  expect(after.completion).toEqual([before.completion[0] + 1, before.completion[1]]);
  expect(after.responders).toEqual([before.responders[0] + 1, before.responders[1] + 1]);
  await managerContext.close();

  await page.reload();
  await expect(page.getByTestId('judged-at')).toHaveText('judged at the latest score (follow-up at 6 weeks)');
});
