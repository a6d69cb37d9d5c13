import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { USERS, chooseScore, createPatient, login, recordConsent } from './fixtures';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The manager's safety figures for one set of filters, read from the numbers the page exposes. */
async function readSafety(manager: Page, query: string) {
  const response = await manager.goto(`/safety${query}`);
  expect(response?.status()).toBe(200);
  const number = async (testId: string, name: string) => Number(await manager.getByTestId(testId).getAttribute(`data-${name}`));
  return {
    overall: {
      count: await number('figure-safety-overall', 'count'),
      n: await number('figure-safety-overall', 'n'),
      events: await number('figure-safety-overall', 'events'),
    },
    serious: { count: await number('figure-safety-serious', 'count'), n: await number('figure-safety-serious', 'n') },
    pneumothorax: { count: await number('rates-by-type-pneumothorax', 'count'), n: await number('rates-by-type-pneumothorax', 'n') },
    seriousRows: await manager.getByTestId('serious-event').count(),
    checkIns: {
      due: await number('check-in-completion', 'n'),
      answered: await number('check-in-completion', 'count'),
      redFlagged: await number('check-in-red-flag', 'count'),
      handled: await number('check-in-rates', 'handled'),
      unhandled: await number('check-in-rates', 'unhandled'),
    },
  };
}

test("a red-flag check-in answer puts the course under Needs attention until the specialist records what was done; the manager's safety figures move by exactly that answer and that pneumothorax", async ({
  page,
  browser,
}) => {
  // Three people and four reads of the safety page: longer than the default on a loaded machine.
  test.setTimeout(120_000);
  const today = new Date();
  const mrn = `E2E-CI-${Date.now()}`;
  await login(page, USERS.specialist);
  await page.setViewportSize({ width: 1280, height: 900 });
  await createPatient(page, mrn, 'Greta', 'Lindqvist', '1959-02-17');

  // A right shoulder course; the session with injections is back-dated 3 days, so its check-in (days 2–4) is due today.
  await page.getByRole('link', { name: 'Start course' }).click();
  await page.getByLabel('Condition').selectOption('shoulder');
  await page.getByLabel('Side').selectOption('right');
  await page.getByLabel('Start date').fill(iso(addDays(today, -3)));
  await page.getByRole('button', { name: 'Start course' }).click();
  await expect(page.getByRole('heading', { name: /Shoulder pain/ })).toBeVisible();
  await recordConsent(page);
  const courseUrl = new URL(page.url()).pathname;

  // The manager follows the safety page filtered to the session's day and condition (other specs share the server: deltas only).
  const managerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const manager = await managerContext.newPage();
  await login(manager, USERS.manager);
  const sessionDay = iso(addDays(today, -3));
  const query = `?from=${sessionDay}&to=${sessionDay}&condition=shoulder`;
  const beforeSession = await readSafety(manager, query);

  await page.goto(`${courseUrl}/sessions/new`);
  await page.getByLabel('Session date').fill(iso(addDays(today, -3)));
  await chooseScore(page, 'Pain', 6);
  await chooseScore(page, 'Mobility', 5);
  await chooseScore(page, 'Sleep', 5);
  await page.getByLabel('Find a site').fill('supraspinatus');
  await page.getByRole('list', { name: 'Matching sites' }).getByRole('button', { name: 'Add Supraspinatus insertion right' }).click();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Session saved.');

  const row = page.getByTestId('check-in-row');
  await expect(row).toHaveCount(1);

  // One more session with injections in the rates' n; its check-in window is open, so not yet counted as due.
  const beforeAnswer = await readSafety(manager, query);
  expect(beforeAnswer.overall.n).toBe(beforeSession.overall.n + 1);
  expect(beforeAnswer.pneumothorax.n).toBe(beforeSession.pneumothorax.n + 1);
  expect(beforeAnswer.overall.count).toBe(beforeSession.overall.count);
  expect(beforeAnswer.checkIns).toEqual(beforeSession.checkIns);
  await expect(row.getByTestId('check-in-state')).toHaveText('Due');
  const offer = page.getByTestId('check-in-offer');
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Create check-in link', exact: true }).click();
  const url = await offer.getByTestId('patient-link-url').inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{32}$/);
  await expect(offer.getByRole('img', { name: 'QR code of the link for the patient' })).toBeVisible();

  // The patient, on a phone with no session.
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const patient = await phone.newPage();
  await patient.goto(url);
  await expect(patient).toHaveURL(/\/r\/answer$/);
  await expect(patient.getByRole('heading', { name: 'Hello Greta' })).toBeVisible();
  const text = await patient.locator('body').innerText();
  for (const secret of ['Lindqvist', mrn, '1959', 'Shoulder', 'shoulder']) expect(text).not.toContain(secret);
  expect(await patient.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const breath = patient.getByRole('radiogroup', { name: 'Have you been short of breath, or had pain in your chest?' });
  const yes = await breath.locator('label', { hasText: 'Yes' }).boundingBox();
  expect(yes!.width).toBeGreaterThanOrEqual(44);
  expect(yes!.height).toBeGreaterThanOrEqual(44);

  await patient.getByRole('button', { name: 'Send my answers' }).click();
  await expect(patient.getByText('Please answer every question.')).toBeVisible();
  await expect(patient.getByText('Please answer yes or no')).toHaveCount(5);
  await patient
    .getByRole('radiogroup', { name: /your pain is now/ })
    .getByRole('radio', { name: 'About the same' })
    .check();
  for (const question of [/swelling or redness/, /fever/, /headache/, /numbness or weakness/]) {
    await patient.getByRole('radiogroup', { name: question }).getByRole('radio', { name: 'No' }).check();
  }
  await breath.getByRole('radio', { name: 'Yes' }).check();
  // Each answered question loses its error; the message stays until the answers are sent again.
  await expect(patient.getByText('Please answer yes or no')).toHaveCount(0);
  await patient.screenshot({ path: '/tmp/check-in-patient-375.png', fullPage: true });
  await patient.getByRole('button', { name: 'Send my answers' }).click();
  await expect(patient.getByRole('heading', { name: 'Please call us today, Greta' })).toBeVisible();
  await expect(patient.getByTestId('red-flag-message')).toContainText('Please call the clinic now');
  await expect(patient.getByTestId('red-flag-message')).toContainText('emergency services');
  await patient.screenshot({ path: '/tmp/check-in-patient-red-flag-375.png', fullPage: true });

  const again = await patient.goto(url);
  expect(again?.status()).toBe(410);
  await expect(patient.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
  await phone.close();

  // The answer counts as due and answered, with a red flag still open; the adverse event figures have not moved.
  const afterAnswer = await readSafety(manager, query);
  expect(afterAnswer.checkIns).toEqual({
    due: beforeAnswer.checkIns.due + 1,
    answered: beforeAnswer.checkIns.answered + 1,
    redFlagged: beforeAnswer.checkIns.redFlagged + 1,
    handled: beforeAnswer.checkIns.handled,
    unhandled: beforeAnswer.checkIns.unhandled + 1,
  });
  expect(afterAnswer.overall).toEqual(beforeAnswer.overall);
  expect(afterAnswer.pneumothorax).toEqual(beforeAnswer.pneumothorax);
  expect(afterAnswer.seriousRows).toBe(beforeAnswer.seriousRows);
  const ours = manager.getByTestId('serious-event').filter({ has: manager.locator(`a[href="${courseUrl}"]`) });
  await expect(ours).toHaveCount(0);

  // The specialist's worklist: the course at the top under "Needs attention", with the answer.
  await page.goto('/worklist');
  const attention = page.getByTestId('needs-attention');
  await expect(attention).toBeVisible();
  const flagged = attention.getByTestId('needs-attention-row').filter({ hasText: mrn });
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText('Greta Lindqvist');
  await expect(flagged).toContainText('Shortness of breath or chest pain');
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings[0]).toMatch(/^Needs attention/);
  await page.screenshot({ path: '/tmp/check-in-worklist-1280.png', fullPage: true });
  await page.setViewportSize({ width: 820, height: 1100 });
  await page.screenshot({ path: '/tmp/check-in-worklist-820.png', fullPage: true });
  await attention.screenshot({ path: '/tmp/check-in-attention-820.png' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A pneumothorax, attributed to that session from the check-in, then the flag is handled.
  await flagged.getByRole('link', { name: 'Record what was done' }).click();
  await expect(page).toHaveURL(new RegExp(`${courseUrl}#check-ins-heading$`));
  await expect(row.getByTestId('check-in-answers')).toContainText('Shortness of breath or chest pain');
  const sessionId = await row.getAttribute('data-session-id');
  await row.getByRole('link', { name: 'Record it' }).click();
  await expect(page).toHaveURL(new RegExp(`adverseSession=${sessionId}`));
  const event = page.getByRole('form', { name: 'Record adverse event' });
  await expect(event.getByLabel('Attributed to session')).toHaveValue(sessionId!);
  await event.getByLabel('Type').selectOption('pneumothorax');
  await event.getByLabel('Severity').selectOption('severe');
  await event.getByLabel(/Serious/).check();
  await event.getByLabel('Onset').fill(iso(addDays(today, -1)));
  await event.getByLabel('Action taken').fill('Sent to the emergency department; chest drain');
  await event.getByRole('button', { name: 'Record adverse event' }).click();
  await expect(event.getByText('Adverse event recorded.')).toBeVisible();

  const handling = row.getByRole('form', { name: 'Record what was done about the check-in' });
  await handling.getByLabel('What was done').selectOption('adverse_event_recorded');
  await handling.getByLabel('Note (optional)').fill('Admitted overnight, drain removed');
  await handling.getByRole('button', { name: 'Record what was done' }).click();
  // The form gives way to what was recorded.
  await expect(handling).toHaveCount(0);
  await page.reload();
  await expect(row.getByTestId('check-in-handled')).toContainText('Adverse event recorded');
  await expect(row.getByTestId('check-in-handled')).toContainText('Admitted overnight, drain removed');
  await expect(page.getByTestId('adverse-event').filter({ hasText: 'Pneumothorax' })).toHaveCount(1);
  await page.screenshot({ path: '/tmp/check-in-course-1280.png', fullPage: true });
  await page.setViewportSize({ width: 820, height: 1100 });
  await page.screenshot({ path: '/tmp/check-in-course-820.png', fullPage: true });
  await page.getByTestId('check-ins').screenshot({ path: '/tmp/check-in-section-820.png' });

  await page.goto('/worklist');
  await expect(page.getByTestId('needs-attention-row').filter({ hasText: mrn })).toHaveCount(0);

  // The manager's safety page: exactly that pneumothorax joins the serious list and moves each numerator by one, over the same n.
  const afterEvent = await readSafety(manager, query);
  await expect(ours).toHaveCount(1);
  await expect(ours).toHaveAttribute('data-type', 'pneumothorax');
  await expect(ours).toHaveAttribute('data-severity', 'severe');
  await expect(ours).toHaveAttribute('data-session-date', sessionDay);
  await expect(ours).toContainText('Pneumothorax');
  await expect(ours).toContainText('Severe');
  await expect(ours).toContainText('Ongoing');
  expect(afterEvent.seriousRows).toBe(afterAnswer.seriousRows + 1);
  expect(afterEvent.overall).toEqual({ count: afterAnswer.overall.count + 1, n: afterAnswer.overall.n, events: afterAnswer.overall.events + 1 });
  expect(afterEvent.serious).toEqual({ count: afterAnswer.serious.count + 1, n: afterAnswer.serious.n });
  expect(afterEvent.pneumothorax).toEqual({ count: afterAnswer.pneumothorax.count + 1, n: afterAnswer.pneumothorax.n });
  expect(afterEvent.overall.n).toBe(beforeSession.overall.n + 1);
  // The flag is handled: answered and red-flagged stay, handled takes it from open.
  expect(afterEvent.checkIns).toEqual({
    ...afterAnswer.checkIns,
    handled: afterAnswer.checkIns.handled + 1,
    unhandled: afterAnswer.checkIns.unhandled - 1,
  });
  await managerContext.close();
});
