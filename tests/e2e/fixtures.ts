import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password-2026';
export const USERS = {
  specialist: 'specialist@prolotrack.test',
  specialistB: 'lukas.brandt@prolotrack.test',
  manager: 'manager@prolotrack.test',
  admin: 'admin@prolotrack.test',
} as const;

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signed in as an admin: creates a staff account on the Staff page and returns its generated password (shown once). */
export async function createStaffAccount(page: Page, name: string, email: string, role: 'specialist' | 'manager' | 'admin' = 'specialist') {
  await page.goto('/staff');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Create account' }).click();
  return (await page.getByTestId('generated-password').textContent())!;
}

export async function createPatient(page: Page, mrn: string, given: string, family: string, dateOfBirth = '1968-04-12') {
  await page.goto('/patients/new');
  await page.getByLabel('MRN (clinic record number)').fill(mrn);
  await page.getByLabel('Given name').fill(given);
  await page.getByLabel('Family name').fill(family);
  await page.getByLabel('Date of birth').fill(dateOfBirth);
  await page.getByLabel('Sex').selectOption('female');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: `${given} ${family}` })).toBeVisible();
}

/** From a patient's page: starts a left knee course (recording the patient's consent unless told not to) and returns the course page's path. */
export async function startKneeCourse(page: Page, startDate: string, { consent = true } = {}): Promise<string> {
  await page.getByRole('link', { name: 'Start course' }).click();
  await page.getByLabel('Condition').selectOption('knee_pain');
  await page.getByLabel('Side').selectOption('left');
  await page.getByLabel('Start date').fill(startDate);
  await page.getByRole('button', { name: 'Start course' }).click();
  await expect(page.getByRole('heading', { name: /Knee pain/ })).toBeVisible();
  if (consent) await recordConsent(page);
  return new URL(page.url()).pathname;
}

/** On a course page: records the patient's consent on the current form version, dated today. */
export async function recordConsent(page: Page) {
  const form = page.getByRole('form', { name: 'Record consent' });
  await form.getByLabel('Witness').fill('Nurse Ellis');
  await form.getByRole('button', { name: 'Record consent' }).click();
  await expect(form.getByText('Consent recorded.')).toBeVisible();
}

export async function chooseScore(page: Page, name: 'Pain' | 'Mobility' | 'Sleep', value: number) {
  await page
    .getByRole('radiogroup', { name: `${name} score` })
    .getByRole('radio', { name: String(value), exact: true })
    .check();
}

/** Logs a session on a course: scores, and a first site or the same sites as last time. */
export async function logSession(page: Page, courseUrl: string, date: string, pain: number, first: boolean) {
  await page.goto(`${courseUrl}/sessions/new`);
  await page.getByLabel('Session date').fill(date);
  await chooseScore(page, 'Pain', pain);
  await chooseScore(page, 'Mobility', 4);
  await chooseScore(page, 'Sleep', 5);
  if (first) {
    await page.getByLabel('Find a site').fill('coronary');
    await page.getByRole('list', { name: 'Matching sites' }).getByRole('button', { name: 'Add Medial coronary ligament left' }).click();
  } else {
    await page.getByRole('button', { name: 'Same sites as last session' }).click();
  }
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Session saved.');
}
