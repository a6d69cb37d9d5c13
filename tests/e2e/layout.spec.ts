import { expect, test, type Locator, type Page } from '@playwright/test';
import { USERS, login } from './fixtures';

/** The tooltip's box and its card's box, or null while no tooltip shows. */
async function tooltipAndCard(chart: Locator) {
  return chart.evaluate((el) => {
    const tip = el.querySelector('.recharts-tooltip-wrapper');
    if (!tip || getComputedStyle(tip).visibility === 'hidden' || !tip.textContent?.trim()) return null;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return { text: tip.textContent, tip: box(tip), card: box(el.closest('.card') as Element) };
  });
}

async function tap(page: Page, chart: Locator, fx: number, fy: number) {
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
}

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  test('a tapped chart shows the tapped session inside its card, and a tap outside closes it', async ({ page }) => {
    await login(page, USERS.manager);
    await page.goto('/outcomes');
    for (const id of ['chart-pain', 'chart-injections', 'chart-time-to-response']) {
      const chart = page.getByTestId(id);
      await tap(page, chart, 0.97, 0.45);
      await expect.poll(() => tooltipAndCard(chart), { message: id }).not.toBeNull();
      const shown = (await tooltipAndCard(chart))!;
      // The right-hand end of the axis is the last session, not the first.
      expect(shown.text, id).not.toMatch(/session 1\D/i);
      expect(shown.tip.left, id).toBeGreaterThanOrEqual(shown.card.left);
      expect(shown.tip.right, id).toBeLessThanOrEqual(shown.card.right);
      expect(shown.tip.top, id).toBeGreaterThanOrEqual(shown.card.top);
      expect(shown.tip.bottom, id).toBeLessThanOrEqual(shown.card.bottom);

      await page.getByRole('heading', { name: 'Outcomes', level: 1 }).tap();
      await expect.poll(() => tooltipAndCard(chart), { message: id }).toBeNull();
    }
  });
});

test('the sidebar runs the full height of a long page at laptop width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, USERS.manager);
  await page.goto('/outcomes');
  // Measure once the page's figures are in.
  await expect(page.getByTestId('figure-patients')).toBeVisible();
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(pageHeight).toBeGreaterThan(1600);
  const sidebar = (await page.locator('.sidebar').boundingBox())!;
  expect(sidebar.height).toBeGreaterThanOrEqual(pageHeight - 1);
  // Its links and "Sign out" stay in view at the bottom of the page.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
  await expect(page.getByRole('link', { name: 'Outcomes', exact: true })).toBeInViewport();
});

test('a nav link shows it is loading while its page is on the way, and stops once it arrives', async ({ page }) => {
  await login(page, USERS.manager);
  await page.goto('/patients');
  // Hold the page's response back so the pending state can be seen.
  await page.route('**/outcomes**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const link = page.getByRole('link', { name: 'Outcomes', exact: true });
  await link.click();
  await expect(link.locator('.nav-pending')).toBeVisible();
  await expect(page).toHaveURL(/\/outcomes$/);
  await expect(page.getByTestId('figure-patients')).toBeVisible();
  await expect(page.locator('.nav-pending')).toHaveCount(0);
});
