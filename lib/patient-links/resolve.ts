import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/index';
import { checkIns, followUps, patientLinks, type PatientLink } from '@/db/schema';
import { hashToken, isWellFormedToken } from './token';

export type LinkResolution = { status: 'valid'; link: PatientLink } | { status: 'used' | 'expired'; link: PatientLink } | { status: 'unknown' };

/**
 * What a token opens. Reads only: a malformed, altered or unknown token is 'unknown' (404); a used link, or a
 * follow-up or check-in already answered through another link, is 'used' (410); a replaced or timed-out link is 'expired' (410).
 */
export function resolveLink(db: DbOrTx, raw: unknown, now: Date): LinkResolution {
  if (!isWellFormedToken(raw)) return { status: 'unknown' };
  const link = db
    .select()
    .from(patientLinks)
    .where(eq(patientLinks.tokenHash, hashToken(raw)))
    .get();
  if (!link) return { status: 'unknown' };
  if (link.usedAt) return { status: 'used', link };
  if (link.followUpId != null) {
    const answered = db.select({ at: followUps.answeredAt }).from(followUps).where(eq(followUps.id, link.followUpId)).get()?.at;
    if (answered) return { status: 'used', link };
  }
  if (link.sessionId != null && db.select({ id: checkIns.id }).from(checkIns).where(eq(checkIns.sessionId, link.sessionId)).get()) {
    return { status: 'used', link };
  }
  if (link.revokedAt || link.expiredAt || link.expiresAt <= now.toISOString()) return { status: 'expired', link };
  return { status: 'valid', link };
}
