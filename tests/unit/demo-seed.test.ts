import { afterAll, describe, expect, it } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { seedDemoClinic } from '@/lib/demo/seed';
import { generateClinic } from '@/lib/demo/generate';
import { CONDITION_CODES } from '@/lib/domain/conditions';

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

describe('demo clinic', () => {
  it('is deterministic for a given day', () => {
    const a = generateClinic({ patients: 20, specialists: 3, today: '2026-11-29' });
    const b = generateClinic({ patients: 20, specialists: 3, today: '2026-11-29' });
    expect(a).toEqual(b);
  });

  it('fills an empty database with a realistic clinic', async () => {
    const sqlite = temp.db().$client;
    const result = await seedDemoClinic(sqlite, { today: '2026-11-29' });
    expect(result.users).toBe(5);
    expect(result.patients).toBe(150);
    const conditions = sqlite
      .prepare('select distinct condition from courses')
      .all()
      .map((r) => (r as { condition: string }).condition);
    expect(new Set(conditions)).toEqual(new Set(CONDITION_CODES));
    const perCourse = sqlite
      .prepare('select min(n) as lo, max(n) as hi from (select count(*) as n from treatment_sessions group by course_id)')
      .get() as { lo: number; hi: number };
    expect(perCourse.lo).toBeGreaterThanOrEqual(1);
    expect(perCourse.hi).toBeLessThanOrEqual(8);
    const statuses = sqlite.prepare('select status, count(*) as n from courses group by status').all() as { status: string; n: number }[];
    expect(statuses.map((s) => s.status).sort()).toEqual(['active', 'completed', 'discontinued']);
    const adverse = sqlite.prepare(`select count(*) as n from adverse_events`).get() as { n: number };
    expect(adverse.n).toBeGreaterThan(0);
    // Injection counts fall: first sessions carry more injections than later ones on average.
    const fall = sqlite
      .prepare(
        `with per as (
           select s.id, row_number() over (partition by s.course_id order by s.session_date) as k,
                  coalesce((select sum(injection_count) from injections i where i.session_id = s.id), 0) as total
           from treatment_sessions s)
         select avg(case when k = 1 then total end) as first, avg(case when k >= 4 then total end) as later from per`,
      )
      .get() as { first: number; later: number };
    expect(fall.first).toBeGreaterThan(fall.later);
  });
});
