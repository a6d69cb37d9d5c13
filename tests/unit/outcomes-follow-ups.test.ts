import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { FIXTURE_TODAY, insertOutcomeFixture, type OutcomeFixture } from './support/outcome-fixture';
import { getOutcomeDashboard } from '@/lib/outcomes/dashboard';
import { exportOutcomesCsv } from '@/lib/outcomes/export';
import { pseudonymKey } from '@/lib/outcomes/pseudonym';
import { refreshCourseFacts } from '@/lib/outcomes/facts';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const temp = useTempDatabase();
let fx: OutcomeFixture;
const manager = () => ({ id: fx.users.manager, role: 'manager' as const, name: 'M', email: 'm@test' });

/** [course, time point, due date, answered date or null, pain, global impression]; windows ±14 days (w6) or ±28 days. */
type F = [string, string, string, string | null, number | null, number | null];
const FOLLOW_UPS: F[] = [
  ['C1', 'w6', '2026-04-12', '2026-04-10', 6, 3], // 8 → 6: 2 points, 25 %: not a responder
  ['C1', 'm3', '2026-06-01', null, null, null], // window open until 06-29: missed, but due
  ['C3', 'w6', '2026-03-21', '2026-03-20', 3, 2], // 7 → 3: responder
  ['C3', 'm3', '2026-05-07', '2026-05-08', 2, 1], // 7 → 2: responder, but C3 was discontinued
  ['C6', 'w6', '2026-06-10', '2026-06-20', 4, 2], // 9 → 4: responder, substantial (56 %)
  ['C6', 'm3', '2026-07-29', null, null, null], // upcoming: not yet due
  ['C5', 'w6', '2026-07-22', null, null, null], // upcoming
];

beforeAll(() => {
  process.env.EXPORT_KEY = 'unit-test-secret';
  fx = insertOutcomeFixture(temp.db().$client);
  const insert = temp.db().$client.prepare(`insert into follow_ups (course_id, time_point, due_date, window_start, window_end,
      answered_at, pain, mobility, sleep, global_impression, created_at, updated_at)
    values (?, ?, ?, date(?, ?), date(?, ?), ?, ?, ?, ?, ?, 'x', 'x')`);
  for (const [course, point, due, answered, pain, impression] of FOLLOW_UPS) {
    const days = point === 'w6' ? 14 : 28;
    insert.run(
      fx.courses[course],
      point,
      due,
      due,
      `-${days} days`,
      due,
      `+${days} days`,
      answered && `${answered}T10:00:00.000Z`,
      pain,
      answered ? 5 : null,
      answered ? 5 : null,
      impression,
    );
  }
  temp.db().$client.prepare(`update follow_ups set comment = 'Ada says the knee is better' where answered_at is not null`).run();
});
afterAll(() => temp.cleanup());

describe('primary outcome', () => {
  it('takes the 3-month follow-up when answered, else the latest score, with discontinued courses as non-responders', async () => {
    actAs(manager());
    const { summary } = await getOutcomeDashboard({}, FIXTURE_TODAY);
    const { intentionToTreat, completedOnly, substantial, judgedAt } = summary.primary;
    // Finished courses with baseline ≥ 4: C1 (completed, judged at its 6-week follow-up: 8 → 6, no), C3 (discontinued,
    // judged at 3 months: 7 → 2 would respond, counts as a non-responder), C6 (completed, 6 weeks: 9 → 4, substantial).
    expect([intentionToTreat.count, intentionToTreat.n]).toEqual([1, 3]);
    expect([completedOnly.count, completedOnly.n]).toEqual([1, 2]);
    expect([substantial.count, substantial.n]).toEqual([1, 3]);
    expect(judgedAt).toEqual({ primaryFollowUp: 1, otherFollowUp: 2, session: 0, none: 0 });
    expect(intentionToTreat.low).toBeGreaterThanOrEqual(0);
    expect(intentionToTreat.high).toBeLessThanOrEqual(1);
  });

  it('judges a completed course at its latest session without follow-ups', async () => {
    temp
      .db()
      .$client.prepare(
        `update follow_ups set answered_at = null, pain = null, mobility = null, sleep = null, global_impression = null
      where course_id = ?`,
      )
      .run(fx.courses.C6);
    try {
      actAs(manager());
      const { primary } = (await getOutcomeDashboard({}, FIXTURE_TODAY)).summary;
      // C6 at its latest session: 9 → 8, not a responder
      expect([primary.intentionToTreat.count, primary.intentionToTreat.n, primary.judgedAt.session]).toEqual([0, 3, 1]);
    } finally {
      temp
        .db()
        .$client.prepare(
          `update follow_ups set answered_at = '2026-06-20T10:00:00.000Z', pain = 4, mobility = 5, sleep = 5,
        global_impression = 2 where course_id = ? and time_point = 'w6'`,
        )
        .run(fx.courses.C6);
    }
  });
});

describe('primary outcome against the latest pain score', () => {
  const answerC1At = (date: string) =>
    temp
      .db()
      .$client.prepare(`update follow_ups set answered_at = ? where course_id = ? and time_point = 'w6'`)
      .run(`${date}T10:00:00.000Z`, fx.courses.C1);
  const judge = async () => {
    actAs(manager());
    const { primary } = (await getOutcomeDashboard({}, FIXTURE_TODAY)).summary;
    return { itt: [primary.intentionToTreat.count, primary.intentionToTreat.n], judgedAt: primary.judgedAt };
  };

  it('judges at the latest session when the latest follow-up came before that session’s pain score', async () => {
    answerC1At('2026-02-20'); // before C1's last session (03-01, pain 3)
    try {
      // C1 at its latest session: 8 → 3, a responder; with C6 (9 → 4 at 6 weeks), 2 of 3.
      expect(await judge()).toEqual({ itt: [2, 3], judgedAt: { primaryFollowUp: 1, otherFollowUp: 1, session: 1, none: 0 } });
    } finally {
      answerC1At('2026-04-10');
    }
  });

  it('compares a follow-up with the date of the latest session that has a pain score', async () => {
    const sqlite = temp.db().$client;
    const last = sqlite
      .prepare(`select id, pain from treatment_sessions where course_id = ? order by session_date desc limit 1`)
      .get(fx.courses.C1) as { id: number; pain: number };
    const setLastPain = (pain: number | null) => {
      sqlite.prepare(`update treatment_sessions set pain = ? where id = ?`).run(pain, last.id);
      refreshCourseFacts(temp.db(), fx.courses.C1);
    };
    setLastPain(null); // C1's latest pain score is now session 2 (02-02, pain 7)
    answerC1At('2026-02-20'); // after it, before the last session (03-01, no pain score)
    try {
      // C1 at its 6-week follow-up: 8 → 6, not a responder; C6 still is: 1 of 3.
      expect(await judge()).toEqual({ itt: [1, 3], judgedAt: { primaryFollowUp: 1, otherFollowUp: 2, session: 0, none: 0 } });
    } finally {
      setLastPain(last.pain);
      answerC1At('2026-04-10');
    }
  });
});

describe('follow-ups by time point', () => {
  it('gives completion over the follow-ups due, the responder rate and the global impressions', async () => {
    actAs(manager());
    const { followUps } = await getOutcomeDashboard({}, FIXTURE_TODAY);
    expect(followUps.map((f) => f.timePoint)).toEqual(['w6', 'm3', 'm6', 'm12']);
    const [w6, m3, m6] = followUps;
    // 6 weeks: C1, C3, C6 due and answered (C5's is upcoming); responders C3, C6 of 3
    expect([w6.completion.count, w6.completion.n, w6.responders.count, w6.responders.n]).toEqual([3, 3, 2, 3]);
    expect(w6.impressions).toEqual([0, 2, 1, 0, 0, 0, 0]);
    // 3 months: C1 due (missed), C3 answered; C6's is upcoming
    expect([m3.completion.count, m3.completion.n, m3.responders.count, m3.responders.n]).toEqual([1, 2, 1, 1]);
    expect(m3.impressions).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect([m6.completion.n, m6.completion.rate, m6.responders.rate]).toEqual([0, null, null]);
  });

  it('limits a specialist to their own courses', async () => {
    actAs({ id: fx.users.A, role: 'specialist', name: 'Dr A', email: 'a@test' });
    const [w6] = (await getOutcomeDashboard({}, FIXTURE_TODAY)).followUps;
    expect([w6.completion.count, w6.completion.n, w6.responders.count]).toEqual([1, 1, 0]); // C1 only
  });
});

describe('follow-ups export', () => {
  it('has one row per follow-up: time point, state, days since the last injection, scores, impression; never the comment', async () => {
    actAs(manager());
    const { csv, rows } = await exportOutcomesCsv('follow-ups', {});
    const [header, ...lines] = csv
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(header).toEqual([
      'patient_key',
      'course_key',
      'condition',
      'time_point',
      'state',
      'days_since_last_injection',
      'pain',
      'mobility',
      'sleep',
      'global_impression',
    ]);
    expect(rows).toBe(FOLLOW_UPS.length);
    const row = (course: string, point: string) =>
      lines.find((l) => l[1] === pseudonymKey('course', fx.courses[course], 'unit-test-secret') && l[3] === point);
    // C1's last injection 03-01, answered 04-10: day 40; C6's 04-29, answered 06-20: day 52
    expect(row('C1', 'w6')?.slice(4)).toEqual(['answered', '40', '6', '5', '5', '3']);
    expect(row('C6', 'w6')?.slice(4)).toEqual(['answered', '52', '4', '5', '5', '2']);
    expect(row('C1', 'm3')?.slice(4)).toEqual(['missed', '', '', '', '', '']);
    expect(row('C6', 'm3')?.[4]).toBe('missed'); // the export states follow-ups as of the real today; its window ended 08-26
    expect(csv).not.toMatch(/Ada|knee is better/);
  });
});

describe('cohort curves by weeks since course start', () => {
  it('bins sessions and answered follow-ups apart and marks the median last injection', async () => {
    actAs(manager());
    const { weeks } = await getOutcomeDashboard({}, FIXTURE_TODAY);
    const at = (week: number, source: string) => weeks.points.find((p) => p.week === week && p.source === source);
    // Weeks 0–3: every first session (8, 6, 7, 5, 3, 9)
    expect([at(0, 'session')?.pain.n, at(0, 'session')?.pain.mean]).toEqual([6, expect.closeTo(38 / 6, 10)]);
    // Follow-ups: C3 at 6 weeks (day 69, pain 3) in weeks 8–11; C1 (day 95, pain 6) and C6 (day 108, pain 4) in 12–15
    expect([at(8, 'follow_up')?.pain.n, at(8, 'follow_up')?.pain.mean]).toEqual([1, 3]);
    expect([at(12, 'follow_up')?.pain.n, at(12, 'follow_up')?.pain.mean]).toEqual([2, 5]);
    expect([at(16, 'follow_up')?.pain.n, at(16, 'follow_up')?.pain.mean]).toEqual([1, 2]);
    // Last injection, weeks since start: 0, 0, 4, 55/7, 8, 8 → median (4 + 55/7) / 2
    expect(weeks.lastInjectionWeek).toBeCloseTo((4 + 55 / 7) / 2, 10);
  });
});
