import 'server-only';
import { getSettings } from '@/lib/settings';

/** The clinic as patients see it: its name and phone (clinic settings) and the app's public address. */
export function clinicName(): string {
  return getSettings().clinicName;
}

export function clinicPhone(): string | null {
  return getSettings().clinicPhone.trim() || null;
}

/** PUBLIC_URL, else NEXTAUTH_URL: where patients open their links. */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_URL || process.env.NEXTAUTH_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

export function linkUrl(token: string): string {
  return `${publicBaseUrl()}/r/${token}`;
}
