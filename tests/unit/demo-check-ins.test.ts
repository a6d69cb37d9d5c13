import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@/db';
import { seedDemoClinic } from '@/lib/demo/seed';
import { checkInWindow } from '@/lib/domain/check-in';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';

const dir = mkdtempSync(join(tmpdir(), 'prolotrack-demo-ci-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TODAY = '2026-11-29';

async function seeded(name: string): Promise<Database.Database> {
  const db = createDb(join(dir, `${name}.db`));
  await seedDemoClinic(db.$client, { today: TODAY });
  return db.$client;
}

const n = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;
const CHECK_INS = `select session_id, answered_at, pain, spreading_redness, fever, breathless_chest_pain, postural_headache, numbness_weakness,
                          red_flag, handled_at, handling, handling_note from check_ins order by session_id`;

describe('demo check-ins', () => {
  it('most answered in their window through a used link, some missed, red flags handled, one open on the demo specialist’s worklist', async () => {
    const a = await seeded('a');
    // A fresh installation: check-ins from the first session.
    expect(n(a, `select count(*) as n from clinic_settings where key = 'checkInsStartDate'`)).toBe(0);
    const rows = a
      .prepare(
        `select s.session_date as sessionDate, k.answered_at as answeredAt from treatment_sessions s left join check_ins k on k.session_id = s.id
       where exists (select 1 from injections i where i.session_id = s.id)`,
      )
      .all() as { sessionDate: string; answeredAt: string | null }[];
    const closed = rows.filter((r) => checkInWindow(r.sessionDate, OUTCOME_SETTINGS).windowEnd < TODAY);
    const rate = closed.filter((r) => r.answeredAt).length / closed.length;
    expect(closed.length).toBeGreaterThan(300);
    expect(rate).toBeGreaterThan(0.7);
    expect(rate).toBeLessThan(0.95);
    // Every answer came in inside its window, before today, through the session's own used check-in link.
    for (const r of rows.filter((r) => r.answeredAt)) {
      const w = checkInWindow(r.sessionDate, OUTCOME_SETTINGS);
      expect(r.answeredAt!.slice(0, 10) >= w.windowStart && r.answeredAt!.slice(0, 10) <= w.windowEnd && r.answeredAt!.slice(0, 10) < TODAY).toBe(
        true,
      );
    }
    expect(
      n(
        a,
        `select count(*) as n from check_ins k join patient_links l on l.id = k.link_id
                 where l.purpose = 'check_in' and l.session_id = k.session_id and l.used_at = k.answered_at and l.created_at <= k.answered_at`,
      ),
    ).toBe(n(a, 'select count(*) as n from check_ins'));
    // Open windows: some answered already, some with a link waiting for the patient.
    expect(
      n(
        a,
        `select count(*) as n from patient_links where purpose = 'check_in' and used_at is null and expired_at is null and expires_at > '${TODAY}'`,
      ),
    ).toBeGreaterThan(0);

    // Red flags: a handful, all handled but one; each "adverse event recorded" has its event, recorded after the answer.
    expect(n(a, 'select count(*) as n from check_ins where red_flag = 1')).toBeGreaterThanOrEqual(5);
    expect(n(a, `select count(distinct handling) as n from check_ins where handling is not null`)).toBe(3);
    expect(
      n(
        a,
        `select count(*) as n from check_ins k where handling = 'adverse_event_recorded'
                 and not exists (select 1 from adverse_events e where e.session_id = k.session_id and e.recorded_at >= k.answered_at and e.recorded_at <= k.handled_at)`,
      ),
    ).toBe(0);
    const open = a
      .prepare(
        `select u.email, p.archived from check_ins k join courses c on c.id = k.course_id join users u on u.id = c.specialist_id join patients p on p.id = c.patient_id
       where k.red_flag = 1 and k.handled_at is null`,
      )
      .all();
    expect(open).toEqual([{ email: 'specialist@prolotrack.test', archived: 0 }]);

    const b = await seeded('b');
    expect(b.prepare(CHECK_INS).all()).toEqual(a.prepare(CHECK_INS).all());
    a.close();
    b.close();
  });
});
