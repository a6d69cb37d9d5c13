/** The clinic as patients see it: its name (CLINIC_NAME), phone (CLINIC_PHONE) and the app's public address. */
export function clinicName(): string {
  return process.env.CLINIC_NAME?.trim() || 'Prolotherapy Clinic';
}

export function clinicPhone(): string | null {
  return process.env.CLINIC_PHONE?.trim() || null;
}

/** PUBLIC_URL, else NEXTAUTH_URL: where patients open their links. */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_URL || process.env.NEXTAUTH_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

export function linkUrl(token: string): string {
  return `${publicBaseUrl()}/r/${token}`;
}
