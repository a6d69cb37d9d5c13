import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { FIXTURE_TODAY, insertOutcomeFixture, type OutcomeFixture } from './support/outcome-fixture';
import { getOutcomeSummary } from '@/lib/outcomes/summary';
import { getOverdueCourses } from '@/lib/outcomes/overdue';
import { outcomesByHand, outcomesFromFactsByHand } from '../../bench/outcomes-sql';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const temp = useTempDatabase();
let fx: OutcomeFixture;
const manager = () => ({ id: fx.users.manager, role: 'manager' as const, name: 'M', email: 'm@test' });
const specialistA = () => ({ id: fx.users.A, role: 'specialist' as const, name: 'Dr A', email: 'a@test' });

beforeAll(() => {
  fx = insertOutcomeFixture(temp.db().$client);
});
afterAll(() => temp.cleanup());

describe('headline figures (manager, no filters)', () => {
  it('matches the hand-computed fixture', async () => {
    actAs(manager());
    const s = await getOutcomeSummary({}, FIXTURE_TODAY);
    expect(s.patients).toBe(5); // P1 (C1, C5), P2, P3, P4, P5
    expect(s.courses).toBe(6);
    expect(s.activeCourses).toBe(3); // C2, C4, C5
    expect(s.sessions).toBe(14); // 3 + 3 + 2 + 1 + 2 + 3
    // Assessable (≥ 2 pain scores, baseline ≥ 4): C1, C2, C3, C6 = 4 (C5's baseline is 3); responders at the latest
    // session: C1 = 1.
    expect(s.assessable).toBe(4);
    expect(s.responders).toBe(1);
    expect(s.responderRate).toBeCloseTo(0.25, 10);
    // Pain change: C1 −5, C2 −1, C3 0, C5 −1, C6 −1 → −8 / 5 = −1.6
    expect(s.change.pain).toEqual({ n: 5, mean: expect.closeTo(-1.6, 10) });
    // Mobility: +4, +1, 0, +1, +1 → 7 / 5 = 1.4; sleep: +3, +1, −1, 0, +1 → 4 / 5 = 0.8
    expect(s.change.mobility).toEqual({ n: 5, mean: expect.closeTo(1.4, 10) });
    expect(s.change.sleep).toEqual({ n: 5, mean: expect.closeTo(0.8, 10) });
    // First response: C1 at 3, C6 at 2 → median 2.5 (C5 is not assessable)
    expect(s.respondedCourses).toBe(2);
    expect(s.medianSessionsToResponse).toBe(2.5);
    // Injections: C1 5+4+2, C2 4+3+3, C3 6+5, C4 3, C5 2+0, C6 6+4+4 = 51 over 14 sessions
    expect(s.injections).toBe(51);
    expect(s.injectionsPerSession).toBeCloseTo(51 / 14, 10);
    expect(s.completed).toBe(2); // C1, C6
    expect(s.completionRate).toBeCloseTo(2 / 6, 10);
    expect(s.discontinued).toBe(1); // C3
    expect(s.discontinuationRate).toBeCloseTo(1 / 6, 10);
    // Adverse events: C1 s3 vasovagal, C3 s1 flare → 2 × 100 / 14 = 14.2857…
    expect(s.adverseEvents).toBe(2);
    expect(s.adversePer100Sessions).toBeCloseTo(200 / 14, 10);
    expect(s.overdue).toBe(1); // C2 only
  });
});

describe('the benchmark’s hand-written SQL', () => {
  it('gives the data layer’s responder figures, from the sessions and from the maintained facts', async () => {
    actAs(manager());
    const s = await getOutcomeSummary({}, FIXTURE_TODAY);
    for (const raw of [outcomesByHand(temp.db().$client, FIXTURE_TODAY), outcomesFromFactsByHand(temp.db().$client, FIXTURE_TODAY)]) {
      expect([raw.responders, raw.assessable, raw.medianSessionsToResponse, raw.overdue]).toEqual([1, 4, 2.5, 1]);
      expect([raw.responders, raw.assessable, raw.medianSessionsToResponse]).toEqual([s.responders, s.assessable, s.medianSessionsToResponse]);
    }
  });
});

describe('filters and scope', () => {
  it('a condition filter narrows every figure', async () => {
    actAs(manager());
    const s = await getOutcomeSummary({ condition: 'shoulder' }, FIXTURE_TODAY);
    // C3, C4, C6 (P3, P4, P5): sessions 2 + 1 + 3 = 6, injections 11 + 3 + 14 = 28, one adverse event (C3)
    expect([s.patients, s.courses, s.activeCourses, s.sessions, s.injections]).toEqual([3, 3, 1, 6, 28]);
    expect(s.adversePer100Sessions).toBeCloseTo(100 / 6, 10);
    // Assessable C3, C6; no responder at the latest session; C6 met the rule at session 2
    expect([s.responders, s.assessable, s.respondedCourses, s.medianSessionsToResponse]).toEqual([0, 2, 1, 2]);
    expect(s.change.pain.mean).toBeCloseTo(-0.5, 10); // (0 − 1) / 2
    expect(s.discontinuationRate).toBeCloseTo(1 / 3, 10);
    expect(s.overdue).toBe(0);
  });

  it('a date range selects courses treated in it and counts only its sessions', async () => {
    actAs(manager());
    const s = await getOutcomeSummary({ from: '2026-04-01', to: '2026-06-30' }, FIXTURE_TODAY);
    // Courses with a session in range: C2 (04-27), C4, C5, C6 (04-01 inclusive) → patients P2, P4, P1, P5
    expect([s.courses, s.patients]).toEqual([4, 4]);
    // In-range sessions: C2 s3, C4 s1, C5 s1–s2, C6 s2–s3 = 6; injections 3 + 3 + 2 + 0 + 4 + 4 = 16
    expect([s.sessions, s.injections, s.adverseEvents]).toEqual([6, 16, 0]);
    // Outcomes still use each course's whole history: assessable C2, C6 (C5's baseline is below 4); no responder
    expect([s.responders, s.assessable]).toEqual([0, 2]);
    // Overdue is a state as of today: the range does not apply (C2, as without one), nor does a range no course is in.
    expect(s.overdue).toBe(1);
    const none = await getOutcomeSummary({ from: '2030-01-01' }, FIXTURE_TODAY);
    expect([none.courses, none.overdue]).toEqual([0, 1]);
  });

  it('a status filter keeps only courses with that status', async () => {
    actAs(manager());
    const s = await getOutcomeSummary({ status: 'completed' }, FIXTURE_TODAY);
    expect([s.courses, s.completed, s.completionRate, s.overdue]).toEqual([2, 2, 1, 0]);
  });

  it('a specialist sees only their own courses, whatever the specialist filter says', async () => {
    actAs(specialistA());
    const s = await getOutcomeSummary({ specialist: fx.users.B }, FIXTURE_TODAY);
    // C1, C2, C5 (P1, P2): sessions 3 + 3 + 2 = 8, injections 11 + 10 + 2 = 23, adverse 1 (C1 s3)
    expect([s.patients, s.courses, s.activeCourses, s.sessions, s.injections, s.adverseEvents]).toEqual([2, 3, 2, 8, 23, 1]);
    expect([s.responders, s.assessable]).toEqual([1, 2]); // C1 of C1, C2 (C5's baseline is below 4)
    expect(s.medianSessionsToResponse).toBe(3); // C1 at 3
    expect(s.change.pain.mean).toBeCloseTo(-7 / 3, 10); // (−5 − 1 − 1) / 3
    expect(s.overdue).toBe(1);
  });

  it('a manager can filter to one specialist', async () => {
    actAs(manager());
    const s = await getOutcomeSummary({ specialist: fx.users.B }, FIXTURE_TODAY);
    expect([s.courses, s.patients, s.overdue]).toEqual([3, 3, 0]);
  });

  it('refuses anonymous callers', async () => {
    actAs(null);
    await expect(getOutcomeSummary({}, FIXTURE_TODAY)).rejects.toMatchObject({ status: 401 });
  });
});

describe('overdue list', () => {
  it('lists the active course more than 7 days past its due date', async () => {
    actAs(manager());
    const rows = await getOverdueCourses({}, FIXTURE_TODAY);
    // C2: last session 04-27 + 4 weeks = due 05-25; 30 June is 36 days later. C4 (due 07-13) and C5 (07-08) are not.
    expect(rows).toEqual([
      expect.objectContaining({ courseId: fx.courses.C2, dueDate: '2026-05-25', daysPastDue: 36, sessions: 3, patientName: 'Brian Cole' }),
    ]);
    actAs({ id: fx.users.B, role: 'specialist', name: 'Dr B', email: 'b@test' });
    expect(await getOverdueCourses({}, FIXTURE_TODAY)).toEqual([]);
    // Seven days past due is not yet overdue: on 2026-06-01 C2 is 7 days past 05-25.
    actAs(manager());
    expect(await getOverdueCourses({}, '2026-06-01')).toEqual([]);
    expect(await getOverdueCourses({}, '2026-06-02')).toHaveLength(1);
  });
});
