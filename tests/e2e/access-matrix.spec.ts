import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { ACTORS, PAGE_MATRIX, type ActorKey } from '../access-matrix';
import { USERS, login } from './fixtures';

// Demo patient 1 and course 1 belong to specialist A (specialist@prolotrack.test); session 1 is on course 1.
const SAMPLE: Record<string, string> = {
  '/staff/[id]': '/staff/1',
  '/patients/[patientId]': '/patients/1',
  '/patients/[patientId]/edit': '/patients/1/edit',
  '/patients/[patientId]/courses/new': '/patients/1/courses/new',
  '/courses/[courseId]': '/courses/1',
  '/courses/[courseId]/sessions/new': '/courses/1/sessions/new',
  '/courses/[courseId]/sessions/[sessionId]/edit': '/courses/1/sessions/1/edit',
  '/referrers/[referrerId]': '/referrers/1',
};
const EMAILS: Partial<Record<ActorKey, string>> = {
  specialistA: USERS.specialist,
  specialistB: USERS.specialistB,
  manager: USERS.manager,
  admin: USERS.admin,
};

test.describe.configure({ mode: 'serial' });
const contexts = {} as Record<ActorKey, BrowserContext>;

async function deactivatedContext(browser: Browser): Promise<BrowserContext> {
  const email = `matrix.gone.${Date.now()}@prolotrack.test`;
  const admin = await browser.newPage();
  await login(admin, USERS.admin);
  await admin.goto('/staff');
  await admin.getByLabel('Full name').fill('Dr Matrix Gone');
  await admin.getByLabel('Work email').fill(email);
  await admin.getByRole('button', { name: 'Create account' }).click();
  const password = (await admin.getByTestId('generated-password').textContent())!;
  const context = await browser.newContext();
  await login(await context.newPage(), email, password);
  await admin.goto('/staff');
  await admin.getByRole('link', { name: 'Dr Matrix Gone' }).first().click();
  await admin.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(admin.getByRole('status')).toContainText('deactivated');
  await admin.context().close();
  return context;
}

test.beforeAll(async ({ browser }) => {
  for (const actor of ACTORS) {
    if (actor === 'deactivated') contexts[actor] = await deactivatedContext(browser);
    else {
      contexts[actor] = await browser.newContext();
      const email = EMAILS[actor];
      if (email) await login(await contexts[actor].newPage(), email);
    }
  }
});
test.afterAll(async () => {
  for (const context of Object.values(contexts)) await context.close();
});

for (const [pattern, row] of Object.entries(PAGE_MATRIX)) {
  test(`page ${pattern} for every actor`, async () => {
    for (const actor of ACTORS) {
      const page = await contexts[actor].newPage();
      const response = await page.goto(SAMPLE[pattern] ?? pattern);
      const onLogin = new URL(page.url()).pathname === '/login';
      const seen = response?.status() === 403 ? '403' : response?.status() === 404 ? '404' : onLogin && pattern !== '/login' ? 'login' : 'ok';
      expect(`${actor}: ${seen}`).toBe(`${actor}: ${row[actor]}`);
      if (row[actor] !== 'ok') await expect(page.getByText('admin@prolotrack.test')).toHaveCount(0);
      await page.close();
    }
  });
}
