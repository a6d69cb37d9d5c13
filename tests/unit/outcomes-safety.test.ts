import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import type { OutcomeFixture } from './support/outcome-fixture';
import { addSafetyEvent, insertSafetyFixture, type SafetyEvent } from './support/safety-fixture';
import { getSafetyFigures, type SafetyRate } from '@/lib/outcomes/safety';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const temp = useTempDatabase();
let fx: OutcomeFixture;
const sqlite = () => temp.db().$client;
const addEvent = (course: string, sessionDate: string, e: SafetyEvent) => addSafetyEvent(sqlite(), fx, course, sessionDate, e);

beforeAll(() => {
  fx = insertSafetyFixture(sqlite());
});
afterAll(() => temp.cleanup());

const manager = () => actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
/** [count, n, per 100, low, high] rounded to 2 decimals, per 100. */
const per100 = (r: SafetyRate) => [r.count, r.n, ...[r.rate, r.low, r.high].map((v) => Math.round((v ?? NaN) * 10000) / 100)];
const byKey = (rows: SafetyRate[]) => Object.fromEntries(rows.map((r) => [r.key, per100(r)]));

describe('safety figures', () => {
  it('per 100 injection sessions, overall, serious, by type, severity and region, with Wilson 95 % intervals', async () => {
    manager();
    const f = await getSafetyFigures({});
    expect(f.injectionSessions).toBe(13);
    // 5/13 = 38.46; Wilson 17.71–64.48
    expect(per100(f.overall)).toEqual([5, 13, 38.46, 17.71, 64.48]);
    expect(f.overall.events).toBe(6);
    expect(f.eventsOutsideRates).toBe(1);
    expect(per100(f.serious)).toEqual([2, 13, 15.38, 4.33, 42.23]);
    expect(byKey(f.byType)).toEqual({
      post_injection_flare: [1, 13, 7.69, 1.37, 33.31],
      bruising: [2, 13, 15.38, 4.33, 42.23],
      infection: [0, 13, 0, 0, 22.81],
      vasovagal: [1, 13, 7.69, 1.37, 33.31],
      allergic_reaction: [0, 13, 0, 0, 22.81],
      nerve_irritation: [0, 13, 0, 0, 22.81],
      pneumothorax: [1, 13, 7.69, 1.37, 33.31],
      dural_puncture: [1, 13, 7.69, 1.37, 33.31],
      other: [0, 13, 0, 0, 22.81],
    });
    // C1 03-01 has a mild and a moderate event: it counts once in each severity.
    expect(byKey(f.bySeverity)).toEqual({
      mild: [3, 13, 23.08, 8.18, 50.26],
      moderate: [1, 13, 7.69, 1.37, 33.31],
      severe: [2, 13, 15.38, 4.33, 42.23],
    });
    expect(byKey(f.byRegion)).toEqual({ knee: [2, 6, 33.33, 9.68, 70], shoulder: [3, 6, 50, 18.76, 81.24], lumbar: [0, 1, 0, 0, 79.35] });
    // 6 courses in the rates; each region rests on fewer than 5 courses and is flagged.
    expect(f.overall.small).toBe(false);
    expect(f.byRegion.map((r) => [r.key, r.courses, r.small])).toEqual([
      ['knee', 2, true],
      ['shoulder', 3, true],
      ['lumbar', 1, true],
    ]);
  });

  it('lists the serious events, latest onset first, with status and days to resolution', async () => {
    manager();
    const { seriousEvents } = await getSafetyFigures({});
    expect(seriousEvents.map(({ id: _id, ...e }) => e)).toEqual([
      {
        courseId: fx.courses.C6,
        onsetDate: '2026-03-04',
        type: 'pneumothorax',
        severity: 'severe',
        region: 'shoulder',
        sessionDate: '2026-03-04',
        specialistName: 'Dr B',
        resolutionDate: '2026-03-18',
        daysToResolution: 14,
      },
      {
        courseId: fx.courses.C2,
        onsetDate: '2026-03-03',
        type: 'dural_puncture',
        severity: 'severe',
        region: 'knee',
        sessionDate: '2026-03-02',
        specialistName: 'Dr A',
        resolutionDate: null,
        daysToResolution: null,
      },
    ]);
    const audit = sqlite().prepare(`select details from audit_events where entity = 'serious_adverse_events' order by id desc limit 1`).get() as {
      details: string;
    };
    expect(JSON.parse(audit.details).patientIds.sort()).toEqual([fx.patients[1], fx.patients[4]].sort());
  });

  it('median days to resolution over resolved events, ongoing counted beside it, overall and by type', async () => {
    manager();
    const { resolution } = await getSafetyFigures({});
    // resolved: 2, 4, 7, 10, 14 → 7; ongoing: E1, E6
    expect(resolution.overall).toMatchObject({ median: 7, resolved: 5, ongoing: 2 });
    expect(Object.fromEntries(resolution.byType.map((r) => [r.key, [r.median, r.resolved, r.ongoing]]))).toEqual({
      post_injection_flare: [10, 1, 0],
      bruising: [5.5, 2, 0],
      vasovagal: [null, 0, 1],
      nerve_irritation: [2, 1, 0],
      pneumothorax: [14, 1, 0],
      dural_puncture: [null, 0, 1],
    });
  });

  it('applies the filters: the date range by attributed session, the specialist', async () => {
    manager();
    // March: C1 03-01 (2 events), C2 03-02, C2 03-30, C6 03-04 → 3 of 4
    const march = await getSafetyFigures({ from: '2026-03-01', to: '2026-03-31' });
    expect(per100(march.overall)).toEqual([3, 4, 75, 30.06, 95.44]);
    expect(march.resolution.overall).toMatchObject({ median: 9, resolved: 2, ongoing: 2 });
    // Dr B: C3 (2), C4 (1), C6 (3) → 3 of 6
    const b = await getSafetyFigures({ specialist: fx.users.B });
    expect(per100(b.overall)).toEqual([3, 6, 50, 18.76, 81.24]);
    expect(b.seriousEvents.map((e) => e.type)).toEqual(['pneumothorax']);
  });

  it('is for managers and admins only', async () => {
    actAs({ id: fx.users.A, role: 'specialist', name: 'Dr A', email: 'a@test' });
    await expect(getSafetyFigures({})).rejects.toMatchObject({ code: 'forbidden' });
    actAs(null);
    await expect(getSafetyFigures({})).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('one more serious event raises the overall numerator by one and its type by one', async () => {
    manager();
    const before = await getSafetyFigures({});
    addEvent('C2', '2026-03-30', { type: 'infection', severity: 'moderate', serious: true, onset: '2026-04-01' });
    const after = await getSafetyFigures({});
    expect(after.overall.count - before.overall.count).toBe(1);
    expect(after.overall.n).toBe(before.overall.n);
    const infection = (f: typeof after) => f.byType.find((r) => r.key === 'infection')!.count;
    expect(infection(after) - infection(before)).toBe(1);
    expect(after.serious.count - before.serious.count).toBe(1);
    expect(per100(after.overall)).toEqual([6, 13, 46.15, 23.21, 70.86]);
    expect(after.seriousEvents).toHaveLength(3);
  });
});
