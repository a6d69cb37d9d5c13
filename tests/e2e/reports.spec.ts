import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { USERS, login } from './fixtures';

// Demo course 1 belongs to the demo specialist (specialist@prolotrack.test) and names a referrer (Dr Ann Shaw).
const COURSE = '/courses/1';
const PLAN = 'Continue the home exercise programme; review in three months.';

async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await trigger();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

test.describe.configure({ mode: 'serial' });

test.describe('progress letters and reports', () => {
  let letterPath = '';
  let sent: Buffer;

  test('the course’s specialist generates a letter from the course page and it is listed', async ({ page }) => {
    await login(page, USERS.specialist);
    await page.goto(COURSE);
    const section = page.getByTestId('course-letters');
    await expect(section.getByTestId('course-referrer')).toContainText('Dr Ann Shaw');
    const before = await section.getByTestId('letter-row').count();
    await section.getByRole('button', { name: 'Generate letter (PDF)' }).click();
    await expect(section.getByText('Enter the plan')).toBeVisible();
    await section.getByLabel('Plan and comments for the referrer').fill(PLAN);
    await section.getByRole('button', { name: 'Generate letter (PDF)' }).click();
    await expect(section.getByText('Letter generated and recorded')).toBeVisible();
    await expect(section.getByTestId('letter-row')).toHaveCount(before + 1);
    const row = section.getByTestId('letter-row').first();
    await expect(row).toContainText('Dr Ann Shaw');
    letterPath = (await row.getByTestId('letter-download').getAttribute('href'))!;
    const file = await download(page, () => row.getByTestId('letter-download').click());
    expect(file.name).toMatch(/^progress-letter-.+\.pdf$/);
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const fingerprint = createHash('sha256').update(file.bytes).digest('hex').slice(0, 12);
    await expect(row).toContainText(`SHA-256 ${fingerprint}`);
    sent = file.bytes;
  });

  test('another specialist gets 404 for the course and the letter', async ({ page }) => {
    await login(page, USERS.specialistB);
    expect((await page.goto(COURSE))?.status()).toBe(404);
    const response = await page.request.get(letterPath);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain('%PDF');
  });

  test('a manager downloads the letter exactly as sent, read-only', async ({ page }) => {
    await login(page, USERS.manager);
    await page.goto(COURSE);
    const section = page.getByTestId('course-letters');
    await expect(section.getByRole('button', { name: 'Generate letter (PDF)' })).toHaveCount(0);
    const row = section.locator(`[data-testid="letter-row"]:has(a[href="${letterPath}"])`);
    const file = await download(page, () => row.getByTestId('letter-download').click());
    expect(Buffer.compare(file.bytes, sent)).toBe(0);
  });

  test('a manager downloads the outcomes report for the filters shown', async ({ page }) => {
    await login(page, USERS.manager);
    await page.goto('/outcomes?condition=knee_pain');
    await expect(page.getByTestId('outcomes-report')).toHaveAttribute('href', '/api/reports/outcomes?condition=knee_pain');
    const file = await download(page, () => page.getByTestId('outcomes-report').click());
    expect(file.name).toMatch(/^prolotrack-outcomes-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().clearCookies();
    await login(page, USERS.specialist);
    expect((await page.request.get('/api/reports/outcomes')).status()).toBe(403);
  });

  test('a specialist adds a referrer and names them on the course', async ({ page }) => {
    const name = `Dr E2E Referrer ${Date.now()}`;
    await login(page, USERS.specialist);
    await page.goto('/referrers');
    await page.getByRole('button', { name: 'Add referrer' }).click();
    await expect(page.getByText('Enter the name')).toBeVisible();
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Practice or hospital').fill('E2E Practice');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Add referrer' }).click();
    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue(name);
    await page.getByLabel('Email').fill('e2e@practice.example');
    await page.getByRole('button', { name: 'Add referrer' }).click();
    await expect(page.getByTestId('flash')).toHaveText('Referrer saved.');
    await expect(page.getByTestId('referrer-row').filter({ hasText: name })).toContainText('E2E Practice');

    await page.goto(COURSE);
    const section = page.getByTestId('course-letters');
    await section.getByLabel('Referred by').selectOption({ label: `${name} — E2E Practice` });
    await section.getByRole('button', { name: 'Save referrer' }).click();
    await expect(section.getByText('Referrer saved.')).toBeVisible();
    await expect(section.getByTestId('course-referrer')).toContainText(name);
  });
});

test.describe('printing', () => {
  for (const [who, path] of [
    [USERS.specialist, COURSE],
    [USERS.manager, '/outcomes'],
  ] as const) {
    test(`${path} prints without the sidebar and with charts inside the page width`, async ({ page }) => {
      await login(page, who);
      await page.goto(path);
      const charts = page.locator('main .recharts-wrapper > svg.recharts-surface:visible');
      await charts.first().waitFor();
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 700, height: 1000 });
      await expect(page.locator('.sidebar')).toBeHidden();
      for (const form of await page.locator('main form').all()) await expect(form).toBeHidden();
      const main = (await page.locator('main').boundingBox())!;
      expect(main.x).toBeLessThan(5);
      expect(await charts.count()).toBeGreaterThan(1);
      for (const chart of await charts.all()) {
        const box = (await chart.boundingBox())!;
        expect(box.width).toBeGreaterThan(100);
        expect(box.x + box.width).toBeLessThanOrEqual(main.x + main.width + 1);
      }
    });
  }
});
