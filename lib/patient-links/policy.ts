import type { ClinicSettings } from '../domain/settings';
import { checkInLinkExpiry, type CheckInWindow } from '../domain/check-in';

/**
 * How the public link route and the link job run. Link lifetimes and reminder days are clinic settings
 * (lib/domain/settings.ts): `followUpLinkExpiryDays`, `preSessionLinkExpiryHours`, `linkFirstReminderDays`, `linkSecondReminderDays`;
 * a check-in link lasts until its window closes (lib/domain/check-in.ts).
 */
export const LINK_POLICY = {
  /** Requests to the public link pages per client address and window. */
  rateLimit: { windowMs: 10 * 60_000, max: 60 },
  /** How often the server process runs the link job (expiry, reminders). */
  jobIntervalMinutes: 15,
};

const DAY_MS = 24 * 60 * 60_000;

type LinkLifetimes = Pick<ClinicSettings, 'followUpLinkExpiryDays' | 'preSessionLinkExpiryHours'>;

/** When a link created at `now` expires: stored with the link, so a later change of the settings does not move it. */
export function linkExpiry(purpose: 'follow_up' | 'pre_session' | 'check_in', now: Date, settings: LinkLifetimes, checkIn?: CheckInWindow): Date {
  if (purpose === 'check_in') return checkInLinkExpiry(checkIn!);
  return purpose === 'pre_session'
    ? new Date(now.getTime() + settings.preSessionLinkExpiryHours * 60 * 60_000)
    : new Date(now.getTime() + settings.followUpLinkExpiryDays * DAY_MS);
}

export function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}
