import { createHash, randomBytes } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/**
 * TOTP two-factor primitives (otplib 13, RFC 6238: 30-second steps, 6 digits, SHA-1 as authenticator apps expect).
 * What is stored and how sign-in uses it: lib/auth/two-factor-store.ts.
 */
export const TOTP_ISSUER = 'ProloTrack';
export const RECOVERY_CODE_COUNT = 10;

/** A new random Base32 secret (20 bytes). */
export const newTotpSecret = (): string => generateSecret();

/** The `otpauth://` URI an authenticator app reads from the enrolment QR code. */
export const totpUri = (email: string, secret: string): string => generateURI({ issuer: TOTP_ISSUER, label: email, secret });

/** The enrolment QR code as a data URL for an <img>. */
export const totpQrDataUrl = (uri: string): Promise<string> => QRCode.toDataURL(uri, { margin: 1, width: 220 });

export const TOTP_PERIOD_SECONDS = 30;

/** The code at a moment (now by default; tests pass another epoch in seconds). */
export const currentTotp = (secret: string, epoch?: number): Promise<string> => generate({ secret, epoch });

/** A typed code without spaces, when it has the shape of a TOTP code (six digits). */
export function totpToken(code: string): string | null {
  const token = code.replace(/\s+/g, '');
  return /^\d{6}$/.test(token) ? token : null;
}

/**
 * The 30-second time step a typed code belongs to, when it is valid now (allowing one step of clock drift either
 * way), else null. Callers remember the step to refuse the same code a second time.
 */
export async function matchTotp(secret: string, code: string, epoch?: number): Promise<number | null> {
  const token = totpToken(code);
  if (!token) return null;
  try {
    const result = await verify({ secret, token, epochTolerance: TOTP_PERIOD_SECONDS, epoch });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** Whether a typed code is valid now (no replay check: see matchTotp). */
export const checkTotp = async (secret: string, code: string): Promise<boolean> => (await matchTotp(secret, code)) !== null;

/** Recovery codes are 80 random bits each, so their SHA-256 is enough to store (no slow hash needed). */
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256')
    .update(code.replace(/[\s-]+/g, '').toLowerCase())
    .digest('hex');

/** Ten one-time recovery codes, shown once, and the hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const hex = randomBytes(10).toString('hex');
    return hex.match(/.{5}/g)!.join('-');
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}
