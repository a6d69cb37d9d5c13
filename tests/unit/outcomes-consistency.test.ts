import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { seedDemoClinic } from '@/lib/demo/seed';
import { exportOutcomesCsv } from '@/lib/outcomes/export';
import { getOutcomeSummary } from '@/lib/outcomes/summary';
import { pseudonymKey } from '@/lib/outcomes/pseudonym';
import { isResponder, sessionsToResponse, type ScoredSession } from '@/lib/domain/outcome-rules';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const SECRET = 'consistency-secret';
const TODAY = '2026-11-29';
const temp = useTempDatabase();

beforeAll(async () => {
  process.env.EXPORT_KEY = SECRET;
  await seedDemoClinic(temp.db().$client, { today: TODAY });
  actAs({ id: 4, role: 'manager', name: 'Helen Marsh', email: 'manager@prolotrack.test' });
});
afterAll(() => temp.cleanup());

describe('the SQL responder rule agrees with the pure rule on the demo clinic', () => {
  it('course by course', async () => {
    const sqlite = temp.db().$client;
    const sessions = sqlite
      .prepare('select course_id as courseId, session_date as sessionDate, pain from treatment_sessions order by course_id, session_date, id')
      .all() as (ScoredSession & { courseId: number })[];
    const byCourse = new Map<number, ScoredSession[]>();
    for (const s of sessions) byCourse.set(s.courseId, [...(byCourse.get(s.courseId) ?? []), s]);

    const { csv } = await exportOutcomesCsv('courses', {});
    const [header, ...rows] = csv
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const exported = new Map(rows.map((r) => [r[header.indexOf('course_key')], r]));
    let responders = 0;
    for (const [courseId, list] of byCourse) {
      const row = exported.get(pseudonymKey('course', courseId, SECRET));
      const expected = isResponder(list);
      if (expected) responders++;
      expect(row?.[header.indexOf('responder')]).toBe(expected == null ? '' : expected ? 'yes' : 'no');
      expect(row?.[header.indexOf('sessions_to_response')]).toBe(String(sessionsToResponse(list) ?? ''));
    }
    expect(byCourse.size).toBe(rows.length);
    const summary = await getOutcomeSummary({}, TODAY);
    expect(summary.responders).toBe(responders);
    expect(responders).toBeGreaterThan(10);
  });
});
