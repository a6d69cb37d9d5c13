import { describe, expect, it } from 'vitest';
import { checkTotp, currentTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpQrDataUrl, totpUri } from '@/lib/auth/two-factor';

describe('two-factor primitives', () => {
  it('a new secret checks its own current code, not a wrong one, and enrols by QR code', async () => {
    const secret = newTotpSecret();
    const code = await currentTotp(secret);
    expect(code).toMatch(/^\d{6}$/);
    expect(await checkTotp(secret, code)).toBe(true);
    expect(await checkTotp(secret, code.slice(0, 3) + ' ' + code.slice(3))).toBe(true);
    expect(await checkTotp(secret, String((Number(code) + 1) % 1_000_000).padStart(6, '0'))).toBe(false);
    expect(await checkTotp(newTotpSecret(), code)).toBe(false);
    expect(await checkTotp(secret, 'abcdef')).toBe(false);
    const uri = totpUri('a@clinic.test', secret);
    expect(uri).toMatch(/^otpauth:\/\/totp\/ProloTrack:a%40clinic\.test\?.*secret=/);
    expect(await totpQrDataUrl(uri)).toMatch(/^data:image\/png;base64,/);
  });

  it('ten distinct recovery codes, stored only as hashes that ignore dashes and case', () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[0-9a-f]{5}(-[0-9a-f]{5}){3}$/);
    expect(hashes[0]).toBe(hashRecoveryCode(codes[0].toUpperCase().replace(/-/g, ' ')));
    expect(hashes.join()).not.toContain(codes[0]);
  });
});

describe('time steps and sealed secrets', () => {
  it('a code tells its time step, so the step can be refused a second time', async () => {
    const { matchTotp, TOTP_PERIOD_SECONDS } = await import('@/lib/auth/two-factor');
    const secret = newTotpSecret();
    const now = Math.floor(Date.now() / 1000);
    const step = Math.floor(now / TOTP_PERIOD_SECONDS);
    expect(await matchTotp(secret, await currentTotp(secret, now), now)).toBe(step);
    expect(await matchTotp(secret, await currentTotp(secret, now + TOTP_PERIOD_SECONDS), now)).toBe(step + 1);
    expect(await matchTotp(secret, await currentTotp(secret, now - 3 * TOTP_PERIOD_SECONDS), now)).toBeNull();
  });

  it('a sealed secret opens only with its context and key, and not once altered', async () => {
    process.env.NEXTAUTH_SECRET ??= 'unit-test-secret-that-is-long-enough-0123456789';
    const { openSecret, sealSecret } = await import('@/lib/auth/secret-box');
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', 'totp:7');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealSecret('JBSWY3DPEHPK3PXP', 'totp:7')).not.toBe(sealed);
    expect(openSecret(sealed, 'totp:7')).toBe('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, 'totp:8')).toBeNull();
    const parts = sealed.split('.');
    parts[3] = (parts[3][0] === 'A' ? 'B' : 'A') + parts[3].slice(1);
    expect(openSecret(parts.join('.'), 'totp:7')).toBeNull();
    const key = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = `${key}-rotated`;
    expect(openSecret(sealed, 'totp:7')).toBeNull();
    process.env.NEXTAUTH_SECRET = key;
  });
});
