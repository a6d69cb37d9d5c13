import { checkInLinkExpiry, type CheckInWindow } from '../domain/check-in';

/** How patient links behave: lifetime, reminders and the public route's rate limit. */
export const LINK_POLICY = {
  followUpExpiryDays: 14,
  preSessionExpiryHours: 2,
  /** Reminder emails, in days after the link was emailed, while it is unanswered. */
  reminderDays: [3, 7] as const,
  /** Requests to the public link pages per client address and window. */
  rateLimit: { windowMs: 10 * 60_000, max: 60 },
  /** How often the server process runs the link job (expiry, reminders). */
  jobIntervalMinutes: 15,
};

const DAY_MS = 24 * 60 * 60_000;

/** When a new link stops working; a check-in link lasts until its window closes (lib/domain/check-in.ts). */
export function linkExpiry(purpose: 'follow_up' | 'pre_session' | 'check_in', now: Date, checkIn?: CheckInWindow): Date {
  if (purpose === 'check_in') return checkInLinkExpiry(checkIn!);
  return purpose === 'pre_session'
    ? new Date(now.getTime() + LINK_POLICY.preSessionExpiryHours * 60 * 60_000)
    : new Date(now.getTime() + LINK_POLICY.followUpExpiryDays * DAY_MS);
}

export function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}
