import { describe, expect, it } from 'vitest';
import { checkInRates } from '@/lib/outcomes/check-in-rates';

const figures = { injectionSessions: 9, due: 7, answered: 3, missed: 1, redFlagged: 2, handled: 1, closedCourses: 4, answeredCourses: 3 };
const round = (v: number | null) => (v == null ? null : Math.round(v * 10000) / 10000);

describe('check-in rates on the safety page', () => {
  it('completion over answered or closed, red flags over answered, with Wilson 95 % intervals worked by hand', () => {
    const r = checkInRates(figures, 4);
    // 9 sessions with injections: 2 windows not yet open, 3 open and unanswered, 3 answered, 1 missed.
    expect([r.due, r.answered, r.missed, r.pending]).toEqual([4, 3, 1, 3]);
    // 3/4: p = .75, z² = 3.8415; centre = (.75 + 3.8415/8) / (1 + 3.8415/4) = .6275;
    // half = 1.96 / 1.9604 × √(.1875/4 + 3.8415/64) = .3269 → .3006–.9544.
    expect([r.completion.count, r.completion.n, r.completion.rate, round(r.completion.low), round(r.completion.high)]).toEqual([
      3, 4, 0.75, 0.3006, 0.9544,
    ]);
    // 2/3: centre = (.6667 + 3.8415/6) / (1 + 3.8415/3) = .5731; half = 1.96 / 2.2805 × √(.2222/3 + 3.8415/36) = .3654 → .2077–.9385.
    expect([r.redFlag.count, r.redFlag.n, round(r.redFlag.rate), round(r.redFlag.low), round(r.redFlag.high)]).toEqual([
      2, 3, 0.6667, 0.2077, 0.9385,
    ]);
    expect([r.handled, r.unhandled]).toEqual([1, 1]);
    // Courses under the smallest group (4 here): the red-flag rate rests on 3, the completion rate on 4.
    expect([r.completion.courses, r.completion.small, r.redFlag.courses, r.redFlag.small]).toEqual([4, false, 3, true]);
  });

  it('nothing due or answered: no rate and no interval, flagged too few', () => {
    const r = checkInRates(
      { injectionSessions: 2, due: 1, answered: 0, missed: 0, redFlagged: 0, handled: 0, closedCourses: 0, answeredCourses: 0 },
      5,
    );
    expect(r.pending).toBe(1);
    expect(r.completion).toEqual({ count: 0, n: 0, rate: null, low: null, high: null, courses: 0, small: true });
    expect(r.redFlag).toMatchObject({ n: 0, rate: null, small: true });
    expect(r.unhandled).toBe(0);
  });
});
