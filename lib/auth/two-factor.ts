import { createHash, randomBytes } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/**
 * TOTP two-factor primitives (otplib 13, RFC 6238: 30-second steps, 6 digits, SHA-1 as authenticator apps expect).
 * Not wired into sign-in yet: enrolment, the second sign-in step, REQUIRE_2FA_FOR and the stored secret and recovery
 * codes are still to come.
 */
export const TOTP_ISSUER = 'ProloTrack';
export const RECOVERY_CODE_COUNT = 10;

/** A new random Base32 secret (20 bytes). */
export const newTotpSecret = (): string => generateSecret();

/** The `otpauth://` URI an authenticator app reads from the enrolment QR code. */
export const totpUri = (email: string, secret: string): string => generateURI({ issuer: TOTP_ISSUER, label: email, secret });

/** The enrolment QR code as a data URL for an <img>. */
export const totpQrDataUrl = (uri: string): Promise<string> => QRCode.toDataURL(uri, { margin: 1, width: 220 });

/** The current code (for tests and for showing the enrolment works). */
export const currentTotp = (secret: string): Promise<string> => generate({ secret });

/** Whether a typed code is valid now, allowing one 30-second step of clock drift either way. */
export async function checkTotp(secret: string, code: string): Promise<boolean> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return false;
  try {
    return (await verify({ secret, token, epochTolerance: 30 })).valid;
  } catch {
    return false;
  }
}

/** Recovery codes are 80 random bits each, so their SHA-256 is enough to store (no slow hash needed). */
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(code.replace(/[\s-]+/g, '').toLowerCase()).digest('hex');

/** Ten one-time recovery codes, shown once, and the hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const hex = randomBytes(10).toString('hex');
    return hex.match(/.{5}/g)!.join('-');
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}
