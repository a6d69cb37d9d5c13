import { createHash, createHmac, randomBytes } from 'node:crypto';

/** 24 bytes (192 bits) in base64url. */
const TOKEN_BYTES = 24;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

function linkKey(): Buffer {
  const secret = process.env.PATIENT_LINK_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('Patient links need NEXTAUTH_SECRET (or PATIENT_LINK_SECRET) to be set.');
  return createHmac('sha256', secret).update('prolotrack patient link token v1').digest();
}

/**
 * The token of a link: a keyed hash of its random 128-bit salt. The database keeps the salt and the token's
 * SHA-256, never the token; without the server's key neither gives the token back, and the server can
 * rebuild it for a reminder email.
 */
export function tokenFromSalt(salt: string): string {
  return createHmac('sha256', linkKey()).update(salt).digest().subarray(0, TOKEN_BYTES).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newLinkToken(): { token: string; salt: string; hash: string } {
  const salt = randomBytes(16).toString('base64url');
  const token = tokenFromSalt(salt);
  return { token, salt, hash: hashToken(token) };
}

export function isWellFormedToken(raw: unknown): raw is string {
  return typeof raw === 'string' && TOKEN_PATTERN.test(raw);
}
