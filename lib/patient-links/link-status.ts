import type { PatientLink } from '@/db/schema';

export type LinkStatus = 'answered' | 'opened' | 'emailed' | 'created' | 'expired' | 'replaced';

export interface LinkSummary {
  status: LinkStatus;
  createdAt: string;
  expiresAt: string;
  reminders: number;
}

type LinkFields = Pick<
  PatientLink,
  'createdAt' | 'expiresAt' | 'openedAt' | 'usedAt' | 'revokedAt' | 'expiredAt' | 'emailedAt' | 'reminderDay3At' | 'reminderDay7At'
>;

/** Where a link stands, for staff lists. */
export function summariseLink(link: LinkFields | null | undefined, now: Date): LinkSummary | null {
  if (!link) return null;
  const status: LinkStatus = link.usedAt
    ? 'answered'
    : link.revokedAt
      ? 'replaced'
      : link.expiredAt || link.expiresAt <= now.toISOString()
        ? 'expired'
        : link.openedAt
          ? 'opened'
          : link.emailedAt
            ? 'emailed'
            : 'created';
  const reminders = new Set([link.reminderDay3At, link.reminderDay7At].filter(Boolean)).size;
  return { status, createdAt: link.createdAt, expiresAt: link.expiresAt, reminders };
}

export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  answered: 'Answered',
  opened: 'Link opened',
  emailed: 'Link emailed',
  created: 'Link created',
  expired: 'Link expired',
  replaced: 'Link replaced',
};
