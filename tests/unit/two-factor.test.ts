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
