import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertOutcomeFixture, type OutcomeFixture } from './support/outcome-fixture';
import { exportOutcomesCsv } from '@/lib/outcomes/export';
import { pseudonymKey } from '@/lib/outcomes/pseudonym';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const SECRET = 'unit-test-secret';
const temp = useTempDatabase();
let fx: OutcomeFixture;

const settings = OUTCOME_SETTINGS as { minGroupSize: number };
const originalMinGroup = settings.minGroupSize;

beforeAll(() => {
  process.env.EXPORT_KEY = SECRET;
  // The knee-pain export below has 2 courses (tests/unit/export-safety.test.ts covers the refusal under 5).
  settings.minGroupSize = 2;
  fx = insertOutcomeFixture(temp.db().$client);
});
afterAll(() => {
  settings.minGroupSize = originalMinGroup;
  temp.cleanup();
});

const lines = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));
const auditRows = () =>
  temp.db().$client.prepare(`select action, entity, user_id as userId, outcome, details from audit_events order by id`).all() as {
    action: string;
    entity: string;
    userId: number;
    outcome: string;
    details: string;
  }[];

describe('de-identified CSV export', () => {
  it('courses: one row per course, pseudonymous keys, age bands, no names, contact or dates', async () => {
    actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
    const result = await exportOutcomesCsv('courses', {});
    const [header, ...rows] = lines(result.csv);
    expect(result.rows).toBe(6);
    expect(rows).toHaveLength(6);
    const col = (name: string) => header.indexOf(name);
    const c1 = rows[0];
    expect(c1[col('patient_key')]).toBe(pseudonymKey('patient', fx.patients[0], SECRET));
    expect(rows[4][col('patient_key')]).toBe(c1[col('patient_key')]); // C5 is the same patient as C1
    expect(c1[col('age_band')]).toBe('50-59');
    expect(rows[3][col('age_band')]).toBe('under 18');
    // C1: 3 sessions, last on day 55 (5 Jan → 1 Mar), responder, first response at session 3
    expect([c1[col('sessions')], c1[col('last_session_day')], c1[col('responder')], c1[col('sessions_to_response')]]).toEqual([
      '3',
      '55',
      'yes',
      '3',
    ]);
    expect(rows[3][col('responder')]).toBe(''); // C4: single session, not assessable
    for (const forbidden of ['Ada', 'Lovelace', 'Cole', 'MRN-', '@example', '+44', '1970-06-15', '2026-', 'helped', 'Ended']) {
      expect(result.csv).not.toContain(forbidden);
    }
    expect(header).not.toContain('course_id');
  });

  it('sessions with sites: one row per site, review sessions kept, days since course start', async () => {
    actAs({ id: fx.users.admin, role: 'admin', name: 'Ad', email: 'ad@test' });
    const result = await exportOutcomesCsv('sessions', { condition: 'knee_pain' });
    const [header, ...rows] = lines(result.csv);
    // C1: sites 2 + 1 + 1, C2: 1 + 1 + 1 → 7 rows
    expect(rows).toHaveLength(7);
    const col = (name: string) => header.indexOf(name);
    expect(rows.map((r) => r[col('day')])).toEqual(['0', '0', '28', '55', '0', '28', '56']);
    expect(rows.map((r) => r[col('injection_count')]).slice(0, 2)).toEqual(['3', '2']);
    const all = await exportOutcomesCsv('sessions', {});
    // 15 rows = 4 + 3 + 2 + 1 + (1 site + 1 review) + 3; the review row has no site
    expect(all.rows).toBe(15);
    expect(all.csv).not.toMatch(/Ada|Lovelace|2026-|helped/);
  });

  it('records every export in the audit log', async () => {
    const audits = auditRows().filter((a) => a.action === 'export');
    expect(audits.map((a) => [a.entity, a.userId, a.outcome])).toEqual([
      ['courses', fx.users.manager, 'success'],
      ['sessions', fx.users.admin, 'success'],
      ['sessions', fx.users.admin, 'success'],
    ]);
    expect(JSON.parse(audits[1].details)).toMatchObject({ rows: 7, filters: 'condition=knee_pain' });
  });

  it('is refused to specialists and anonymous callers', async () => {
    actAs({ id: fx.users.A, role: 'specialist', name: 'Dr A', email: 'a@test' });
    await expect(exportOutcomesCsv('courses', {})).rejects.toMatchObject({ status: 403 });
    actAs(null);
    await expect(exportOutcomesCsv('courses', {})).rejects.toMatchObject({ status: 401 });
    expect(auditRows().filter((a) => a.action === 'export')).toHaveLength(3);
  });
});
