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
