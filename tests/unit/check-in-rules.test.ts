import { describe, expect, it } from 'vitest';
import { checkInLinkExpiry, checkInState, checkInWindow, isRedFlag, redFlags, type CheckInAnswers } from '@/lib/domain/check-in';
import { checkInAnswerSchema, checkInHandlingSchema } from '@/lib/validation/check-in';

const settings = { checkInFromDays: 2, checkInToDays: 4 };
const calm: CheckInAnswers = {
  pain: 'same',
  spreadingRedness: false,
  fever: false,
  breathlessChestPain: false,
  posturalHeadache: false,
  numbnessWeakness: false,
};

describe('check-in window and state', () => {
  it('is due 2 to 4 days after the session (settings), across month ends', () => {
    expect(checkInWindow('2026-03-10', settings)).toEqual({ windowStart: '2026-03-12', windowEnd: '2026-03-14' });
    expect(checkInWindow('2026-02-27', settings)).toEqual({ windowStart: '2026-03-01', windowEnd: '2026-03-03' });
    expect(checkInWindow('2026-03-10', { checkInFromDays: 1, checkInToDays: 7 })).toEqual({ windowStart: '2026-03-11', windowEnd: '2026-03-17' });
  });

  it('is upcoming, due, missed by date, and answered whenever answered', () => {
    const w = checkInWindow('2026-03-10', settings);
    expect(checkInState(w, null, '2026-03-10')).toBe('upcoming');
    expect(checkInState(w, null, '2026-03-11')).toBe('upcoming');
    expect(checkInState(w, null, '2026-03-12')).toBe('due');
    expect(checkInState(w, null, '2026-03-14')).toBe('due');
    expect(checkInState(w, null, '2026-03-15')).toBe('missed');
    expect(checkInState(w, '2026-03-11T09:00:00.000Z', '2026-03-11')).toBe('answered');
    expect(checkInState(w, '2026-03-13T09:00:00.000Z', '2026-04-01')).toBe('answered');
  });

  it('gives the link until the end of the window’s last day (local time)', () => {
    const expiry = checkInLinkExpiry(checkInWindow('2026-03-10', settings));
    expect(expiry.getFullYear()).toBe(2026);
    expect([expiry.getMonth(), expiry.getDate(), expiry.getHours(), expiry.getMinutes()]).toEqual([2, 14, 23, 59]);
  });
});

describe('red flags', () => {
  it('are any "yes" and pain "much worse"; better, same or worse pain alone is not', () => {
    for (const pain of ['better', 'same', 'worse'] as const) expect(isRedFlag({ ...calm, pain })).toBe(false);
    expect(redFlags({ ...calm, pain: 'much_worse' })).toEqual(['Pain much worse']);
    for (const key of ['spreadingRedness', 'fever', 'breathlessChestPain', 'posturalHeadache', 'numbnessWeakness'] as const) {
      expect(isRedFlag({ ...calm, [key]: true }), key).toBe(true);
      expect(redFlags({ ...calm, [key]: true })).toHaveLength(1);
    }
    expect(redFlags({ ...calm, breathlessChestPain: true })).toEqual(['Shortness of breath or chest pain']);
    expect(redFlags({ ...calm, pain: 'much_worse', fever: true, numbnessWeakness: true })).toEqual([
      'Pain much worse',
      'Fever',
      'New numbness or weakness',
    ]);
  });
});

describe('check-in validation', () => {
  it('needs every question answered, with yes/no as booleans', () => {
    expect(checkInAnswerSchema.safeParse(calm).success).toBe(true);
    const missing = checkInAnswerSchema.safeParse({ ...calm, pain: null, fever: 'yes' });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['pain', 'Please choose how your pain is now'],
      ['fever', 'Please answer yes or no'],
    ]);
    expect(checkInAnswerSchema.safeParse({ ...calm, pain: 'terrible' }).success).toBe(false);
  });

  it('handling is one of the three choices; the note is optional text', () => {
    expect(checkInHandlingSchema.parse({ handling: 'no_action', note: '  ' })).toEqual({ handling: 'no_action', note: null });
    expect(checkInHandlingSchema.safeParse({ handling: 'ignored', note: '' }).success).toBe(false);
    expect(checkInHandlingSchema.safeParse({ handling: 'patient_contacted', note: 'x'.repeat(1001) }).success).toBe(false);
  });
});
