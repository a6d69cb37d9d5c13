import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { FIXTURE_TODAY, insertOutcomeFixture, type OutcomeFixture } from './support/outcome-fixture';
import { getOutcomeDashboard } from '@/lib/outcomes/dashboard';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const temp = useTempDatabase();
let fx: OutcomeFixture;

beforeAll(() => {
  fx = insertOutcomeFixture(temp.db().$client);
  actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
});
afterAll(() => temp.cleanup());

describe('tables by group', () => {
  it('by condition: n, responder rate, mean pain change, median sessions to response, discontinuation', async () => {
    const rows = (await getOutcomeDashboard({}, FIXTURE_TODAY)).byCondition;
    expect(rows.map((r) => r.key)).toEqual(['shoulder', 'knee_pain', 'low_back_pain']); // 3, 2, 1 courses
    const [shoulder, knee, back] = rows;
    // Responder rate at the primary time point, intention to treat (finished courses with baseline ≥ 4), as the headline.
    // Shoulder C3, C4, C6: finished C3 (discontinued), C6 (latest 8), no responder; pain (0 − 1) / 2; C6 responded at 2
    expect(shoulder).toMatchObject({
      label: 'Shoulder pain',
      courses: 3,
      responders: 0,
      assessable: 2,
      responderRate: 0,
      painChangeN: 2,
      medianSessionsToResponse: 2,
      discontinued: 1,
      small: true,
    });
    expect(shoulder.meanPainChange).toBeCloseTo(-0.5, 10);
    expect(shoulder.discontinuationRate).toBeCloseTo(1 / 3, 10);
    // Knee C1, C2: finished C1 responds (C2 is active) → 1/1; pain (−5 − 1) / 2 = −3; C1 responded at 3
    expect(knee).toMatchObject({
      courses: 2,
      responders: 1,
      assessable: 1,
      responderRate: 1,
      meanPainChange: -3,
      medianSessionsToResponse: 3,
      discontinuationRate: 0,
    });
    // Low back C5: baseline 3, not assessable (no rate, no response); pain −1
    expect(back).toMatchObject({ courses: 1, assessable: 0, responderRate: null, meanPainChange: -1, medianSessionsToResponse: null });
  });

  it('by specialist, with groups under the settings threshold flagged', async () => {
    const rows = (await getOutcomeDashboard({}, FIXTURE_TODAY)).bySpecialist;
    const a = rows.find((r) => r.key === String(fx.users.A));
    const b = rows.find((r) => r.key === String(fx.users.B));
    // A: C1, C2, C5 → responder C1 of finished C1 (C2 and C5 are active); pain (−5 − 1 − 1) / 3; responded at 3
    expect(a).toMatchObject({ label: 'Dr A', courses: 3, responders: 1, assessable: 1, medianSessionsToResponse: 3, discontinued: 0, small: true });
    expect(a?.responderRate).toBe(1);
    expect(a?.meanPainChange).toBeCloseTo(-7 / 3, 10);
    // B: C3, C4, C6 — as the shoulder group
    expect(b).toMatchObject({ label: 'Dr B', courses: 3, responders: 0, assessable: 2, medianSessionsToResponse: 2 });
    expect(rows.every((r) => r.courses < OUTCOME_SETTINGS.minGroupSize && r.small)).toBe(true);
  });

  it('takes the small-group threshold from the settings', async () => {
    const settings = OUTCOME_SETTINGS as { minGroupSize: number };
    const original = settings.minGroupSize;
    settings.minGroupSize = 3;
    try {
      const rows = (await getOutcomeDashboard({}, FIXTURE_TODAY)).byCondition;
      expect(rows.map((r) => [r.key, r.small])).toEqual([
        ['shoulder', false],
        ['knee_pain', true],
        ['low_back_pain', true],
      ]);
    } finally {
      settings.minGroupSize = original;
    }
  });
});

describe('groups at the primary time point', () => {
  it('judge a course at its 3-month follow-up, not its latest session, as the headline does', async () => {
    const sqlite = temp.db().$client;
    const answer = sqlite.prepare(`insert into follow_ups (course_id, time_point, due_date, window_start, window_end, answered_at,
        pain, mobility, sleep, global_impression, created_at, updated_at)
      values (?, 'm3', ?, date(?, '-28 days'), date(?, '+28 days'), ?, ?, 5, 5, 3, 'x', 'x')`);
    // C1: latest session 3 (8 → 3 responds), 3 months 7 (8 → 7 does not). C6: latest session 8 (no), 3 months 3 (9 → 3 responds).
    answer.run(fx.courses.C1, '2026-06-01', '2026-06-01', '2026-06-01', '2026-06-02T10:00:00.000Z', 7);
    answer.run(fx.courses.C6, '2026-06-20', '2026-06-20', '2026-06-20', '2026-06-21T10:00:00.000Z', 3);
    try {
      const { summary, byCondition, bySpecialist } = await getOutcomeDashboard({}, FIXTURE_TODAY);
      const byKey = (rows: typeof byCondition, key: string) => rows.find((r) => r.key === key);
      expect(byKey(byCondition, 'knee_pain')).toMatchObject({ responders: 0, assessable: 1, responderRate: 0 });
      expect(byKey(byCondition, 'shoulder')).toMatchObject({ responders: 1, assessable: 2, responderRate: 0.5 });
      expect(byKey(bySpecialist, String(fx.users.A))).toMatchObject({ responders: 0, assessable: 1 });
      expect(byKey(bySpecialist, String(fx.users.B))).toMatchObject({ responders: 1, assessable: 2 });
      // The groups add up to the headline's intention-to-treat rate.
      const { count, n } = summary.primary.intentionToTreat;
      expect([count, n]).toEqual([1, 3]);
      for (const rows of [byCondition, bySpecialist]) {
        expect(rows.reduce((sum, r) => sum + r.responders, 0)).toBe(count);
        expect(rows.reduce((sum, r) => sum + r.assessable, 0)).toBe(n);
      }
    } finally {
      sqlite.prepare(`delete from follow_ups`).run();
    }
  });
});

describe('by session number', () => {
  it('gives mean scores with a 95 % t-interval and mean injections', async () => {
    const { series } = await getOutcomeDashboard({}, FIXTURE_TODAY);
    expect(series.map((p) => p.session)).toEqual([1, 2, 3]);
    const [first, second, third] = series;
    // Session 1 pain: 8, 6, 7, 5, 3, 9 → mean 38/6; SS 264; var (264 − 38²/6)/5 = 4.6667; half 2.571·√(4.6667/6) = 2.2674
    expect(first.pain.n).toBe(6);
    expect(first.pain.mean).toBeCloseTo(38 / 6, 10);
    expect(first.pain.low).toBeCloseTo(38 / 6 - 2.2674, 3);
    expect(first.pain.high).toBeCloseTo(38 / 6 + 2.2674, 3);
    // Injections: session 1: 5, 4, 6, 3, 2, 6 → 26/6; session 2: 4, 3, 5, 0, 4 → 3.2; session 3: 2, 3, 4 → 3
    expect(first.meanInjections).toBeCloseTo(26 / 6, 10);
    expect(second.meanInjections).toBeCloseTo(3.2, 10);
    expect(third.meanInjections).toBeCloseTo(3, 10);
    // Session 2 pain: 7, 5, 7, 2, 6 → 5.4; session 3: 3, 5, 8 → 16/3; mobility at 3: 7, 5, 3 → 5; sleep at 3: 7, 6, 3
    expect(second.pain.mean).toBeCloseTo(5.4, 10);
    expect(third.pain.mean).toBeCloseTo(16 / 3, 10);
    expect(third.mobility.mean).toBeCloseTo(5, 10);
    expect(third.sleep.mean).toBeCloseTo(16 / 3, 10);
  });

  it('estimates the share responded with unfinished courses censored (Kaplan–Meier)', async () => {
    const { curve } = await getOutcomeDashboard({}, FIXTURE_TODAY);
    // Events: C6 at 2, C1 at 3. Censored: C4 at 1, C3 at 2, C2 at 3. C5 (baseline 3) is not assessable: left out.
    // 1: 5 at risk, 0 events → 0.  2: 4 at risk, 1 event → S = 3/4, share 0.25.  3: 2 at risk, 1 event → S = 3/8, share 0.625
    expect(curve.map((p) => [p.session, p.atRisk, p.events])).toEqual([
      [1, 5, 0],
      [2, 4, 1],
      [3, 2, 1],
    ]);
    expect(curve.map((p) => p.share)).toEqual([0, expect.closeTo(0.25, 10), expect.closeTo(0.625, 10)]);
  });
});
