import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { USERS, createStaffAccount, login } from './fixtures';

/** A code from the user's authenticator app, `stepsAhead` 30-second steps from now (one step of drift is accepted). */
const appCode = (secret: string, stepsAhead = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Authentication code')).toBeVisible();
}

test('a user enrols in two-factor on /account, then signs in with a code and once with a recovery code', async ({ page, browser }) => {
  // A fresh account, so the demo users other specs sign in as are not affected.
  const email = `two.factor.${Date.now()}@prolotrack.test`;
  const password = 'tfa-own-password-2026';
  await login(page, USERS.admin);
  const issued = await createStaffAccount(page, 'Dr Tove Fager', email);

  const context = await browser.newContext();
  const own = await context.newPage();
  await login(own, email, issued);
  await own.getByLabel('Current password').fill(issued);
  await own.locator('#newPassword').fill(password);
  await own.locator('#confirmPassword').fill(password);
  await own.getByRole('button', { name: 'Change password' }).click();
  await expect(own).toHaveURL(/\/login\?password=changed$/);
  await login(own, email, password);

  // Enrolment: QR code and the secret as text; a code from the app switches it on; ten recovery codes, shown once.
  await own.goto('/account');
  await own.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(own.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await own.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await own.getByLabel('Code from the app').fill(await appCode(secret));
  await own.getByRole('button', { name: 'Switch on' }).click();
  await expect(own.getByText('Two-factor sign-in is on.')).toBeVisible();
  const codes = (await own.getByTestId('recovery-codes').locator('code').allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await own.getByRole('link', { name: 'I have saved them' }).click();
  await expect(own.getByTestId('recovery-codes-left')).toContainText('10 of 10 recovery codes left');
  await expect(own.getByTestId('recovery-codes')).toHaveCount(0);

  // Sign-in now asks for a code after the password; the e-mail stays, the password is no longer in the page.
  await signOut(own);
  await passwordStep(own, email, password);
  await expect(own.getByLabel('Email')).toHaveValue(email);
  await expect(own.locator('input[type="password"]')).toHaveCount(0);
  expect(await own.content()).not.toContain(password);
  await own.getByLabel('Authentication code').fill('000000' === (await appCode(secret, 1)) ? '111111' : '000000');
  await own.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(own.locator('#code-error')).toHaveText('This code is not valid. Check the code in your app and try again.');
  await expect(own.getByLabel('Authentication code')).toHaveAttribute('aria-invalid', 'true');
  // The next step's code: the one that confirmed enrolment is never accepted twice.
  await own.getByLabel('Authentication code').fill(await appCode(secret, 1));
  await own.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(own).toHaveURL(/\/worklist$/);

  // A recovery code signs in once, and never again.
  await signOut(own);
  await passwordStep(own, email, password);
  await own.getByLabel('Authentication code').fill(codes[0]);
  await own.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(own).toHaveURL(/\/worklist$/);
  await own.goto('/account');
  await expect(own.getByTestId('recovery-codes-left')).toContainText('9 of 10 recovery codes left');
  await signOut(own);
  await passwordStep(own, email, password);
  await own.getByLabel('Authentication code').fill(codes[0]);
  await own.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(own.locator('#code-error')).toHaveText('This code has already been used. Wait for the next code in your app.');
  await expect(own).toHaveURL(/\/login/);
  await context.close();
});
