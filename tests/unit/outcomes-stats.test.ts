import { describe, expect, it } from 'vitest';
import { kaplanMeier, meanCi95, ratio, tQuantile975, wilson95 } from '@/lib/outcomes/stats';
import { ageBand, daysSince, pseudonymKey } from '@/lib/outcomes/pseudonym';
import { filtersToQuery, parseOutcomeFilters } from '@/lib/outcomes/filters';

describe('statistics helpers', () => {
  it('gives a Wilson 95 % interval for a rate that stays within 0–1', () => {
    const ci = wilson95(8, 10)!;
    expect(ci.low).toBeCloseTo(0.49, 2);
    expect(ci.high).toBeCloseTo(0.943, 3);
    expect(wilson95(0, 5)!.low).toBe(0);
    expect(wilson95(5, 5)!.high).toBe(1);
    expect(wilson95(0, 5)!.high).toBeGreaterThan(0.4);
    expect(wilson95(3, 0).rate).toBeNull();
  });

  it('computes a t-interval and none for a single value', () => {
    // 2, 4, 6: mean 4, SS 56, var (56 − 48)/2 = 4, half = 4.303 · 2/√3 = 4.9687
    const ci = meanCi95(3, 12, 56);
    expect(ci.mean).toBe(4);
    expect(ci.low).toBeCloseTo(4 - 4.9687, 3);
    expect(ci.high).toBeCloseTo(4 + 4.9687, 3);
    expect(meanCi95(1, 5, 25)).toEqual({ n: 1, mean: 5, low: null, high: null });
    expect(meanCi95(0, null, null).mean).toBeNull();
    expect(tQuantile975(200)).toBe(1.96);
    expect(ratio(1, 0)).toBeNull();
  });

  it('Kaplan–Meier with every course responding reaches 1', () => {
    const curve = kaplanMeier([
      { time: 2, events: 2, censored: 0 },
      { time: 3, events: 1, censored: 0 },
    ]);
    expect(curve.map((p) => p.share)).toEqual([0, expect.closeTo(2 / 3, 10), 1]);
    expect(kaplanMeier([])).toEqual([]);
  });
});

describe('de-identification helpers', () => {
  it('keys are stable, secret-dependent and do not contain the id', () => {
    const a = pseudonymKey('patient', 42, 'secret-one');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(pseudonymKey('patient', 42, 'secret-one')).toBe(a);
    expect(pseudonymKey('patient', 42, 'secret-two')).not.toBe(a);
    expect(pseudonymKey('course', 42, 'secret-one')).not.toBe(a);
    expect(() => pseudonymKey('patient', 1, '')).toThrow();
  });

  it('reduces dates of birth to bands and dates to days', () => {
    expect(ageBand('1970-06-15', '2026-06-14')).toBe('50-59'); // 55
    expect(ageBand('2009-01-01', '2026-06-15')).toBe('under 18'); // 17
    expect(ageBand('2000-01-01', '2026-01-01')).toBe('18-29'); // 26
    expect(ageBand('1930-01-01', '2026-01-01')).toBe('90+');
    expect(daysSince('2026-01-05', '2026-02-02')).toBe(28);
    expect(daysSince('2026-01-05', null)).toBeNull();
  });
});

describe('filters in the URL', () => {
  it('round-trips valid filters and drops invalid ones with a message', () => {
    const { filters, errors } = parseOutcomeFilters({ from: '2026-01-01', condition: 'knee_pain', specialist: '3', status: '' });
    expect(errors).toEqual([]);
    expect(filters).toEqual({ from: '2026-01-01', condition: 'knee_pain', specialist: 3 });
    expect(filtersToQuery(filters)).toBe('from=2026-01-01&condition=knee_pain&specialist=3');
    const bad = parseOutcomeFilters(new URLSearchParams('condition=made_up&status=active'));
    expect(bad.filters).toEqual({ status: 'active' });
    expect(bad.errors).toHaveLength(1);
    const reversed = parseOutcomeFilters({ from: '2026-05-01', to: '2026-01-01' });
    expect(reversed.errors).toEqual(['The start date must be before the end date']);
  });
});

describe('Wilson 95 % interval', () => {
  it('gives 0.49–0.94 for 8 of 10', () => {
    const r = wilson95(8, 10);
    expect(r).toMatchObject({ count: 8, n: 10, rate: 0.8 });
    expect(r.low).toBeCloseTo(0.49, 2);
    expect(r.high).toBeCloseTo(0.94, 2);
  });

  it('stays within 0–1 at 0 of 5 and 5 of 5, and has no interval without courses', () => {
    const none = wilson95(0, 5);
    const all = wilson95(5, 5);
    expect(none.low).toBeGreaterThanOrEqual(0);
    expect(none.low).toBeCloseTo(0, 12);
    expect(none.high).toBeGreaterThan(0.4);
    expect(none.high).toBeLessThan(0.5);
    expect(all.high).toBeLessThanOrEqual(1);
    expect(all.high).toBeCloseTo(1, 12);
    expect(all.low).toBeGreaterThan(0.5);
    expect(all.low).toBeLessThan(0.6);
    expect(wilson95(0, 0)).toEqual({ count: 0, n: 0, rate: null, low: null, high: null });
  });
});
