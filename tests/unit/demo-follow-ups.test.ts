import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@/db';
import { seedDemoClinic } from '@/lib/demo/seed';
import { followUpState } from '@/lib/domain/follow-up-schedule';

const dir = mkdtempSync(join(tmpdir(), 'prolotrack-demo-fu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seeded(name: string): Promise<Database.Database> {
  const db = createDb(join(dir, `${name}.db`));
  await seedDemoClinic(db.$client, { today: '2026-11-29' });
  return db.$client;
}

const FOLLOW_UPS = `select course_id, time_point, due_date, window_start, window_end, answered_at, pain, mobility, sleep, global_impression, comment
                    from follow_ups order by id`;

describe('demo follow-ups', () => {
  it('follow finished courses with answer rates that fall over time, pending links, missed ones, deterministically', async () => {
    const a = await seeded('a');
    const rows = a
      .prepare(`select time_point as tp, window_start as windowStart, window_end as windowEnd, answered_at as answeredAt from follow_ups`)
      .all() as {
      tp: string;
      windowStart: string;
      windowEnd: string;
      answeredAt: string | null;
    }[];
    const closed = (tp: string) => rows.filter((r) => r.tp === tp && r.windowEnd < '2026-11-29');
    const rate = (tp: string) => closed(tp).filter((r) => r.answeredAt).length / closed(tp).length;
    expect(closed('w6').length).toBeGreaterThan(20);
    expect(closed('m12').length).toBeGreaterThan(10);
    expect(rate('w6')).toBeGreaterThan(0.6);
    expect(rate('w6')).toBeLessThan(0.9);
    expect(rate('m12')).toBeLessThan(0.5);
    expect(rate('m12')).toBeLessThan(rate('w6'));

    const states = rows.map((r) => followUpState(r, '2026-11-29'));
    for (const state of ['upcoming', 'due', 'answered', 'missed']) expect(states).toContain(state);
    const pending = a
      .prepare(`select count(*) as n from patient_links where used_at is null and expired_at is null and expires_at > '2026-11-29'`)
      .get() as { n: number };
    expect(pending.n).toBeGreaterThan(0);
    // Every answered follow-up came through a used link; no follow-up is on a course still running its plan.
    expect(
      a
        .prepare(
          `select count(*) as n from follow_ups f where answered_at is not null and not exists (select 1 from patient_links l where l.follow_up_id = f.id and l.used_at is not null)`,
        )
        .get(),
    ).toEqual({ n: 0 });
    expect(
      a
        .prepare(
          `select count(*) as n from follow_ups f join courses c on c.id = f.course_id join outcome_course_facts cf on cf.course_id = c.id where c.status = 'active' and cf.sessions < c.planned_sessions`,
        )
        .get(),
    ).toEqual({ n: 0 });

    const b = await seeded('b');
    expect(b.prepare(FOLLOW_UPS).all()).toEqual(a.prepare(FOLLOW_UPS).all());
    a.close();
    b.close();
  });
});
