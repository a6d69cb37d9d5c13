import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Seals short secrets stored in the database (TOTP secrets) with AES-256-GCM. The key is derived by HKDF-SHA256 from
 * NEXTAUTH_SECRET, so a copy of the database alone reveals no secret. `context` (e.g. `totp:<user id>`) is bound as
 * associated data: a sealed value copied to another row does not open. Rotating NEXTAUTH_SECRET makes the sealed
 * values unreadable; those accounts then sign in with a recovery code or an admin resets their two-factor.
 */
const VERSION = 'v1';

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is required to seal stored secrets.');
  return Buffer.from(hkdfSync('sha256', secret, 'prolotrack-secret-box', 'stored-secret aes-256-gcm v1', 32));
}

export function sealSecret(plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The sealed secret, or null when it was sealed under another key or context, or altered. */
export function openSecret(sealed: string, context: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
