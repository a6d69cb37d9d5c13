import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { seedDemoClinic } from '@/lib/demo/seed';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { listPatients, setPatientArchived } = await import('@/lib/patients');
const { getWorklist } = await import('@/lib/worklist');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const user = (email: string) =>
  temp.db().$client.prepare(`select id, role, name, email from users where email = ?`).get(email) as Parameters<typeof actAs>[0];

beforeAll(async () => {
  await seedDemoClinic(temp.db().$client, { today: '2026-11-29' });
});

describe('patient list', () => {
  it('shows a specialist only their own patients and a manager everyone', async () => {
    actAs(user('specialist@prolotrack.test'));
    const own = await listPatients({});
    actAs(user('manager@prolotrack.test'));
    const all = await listPatients({});
    expect(all.total).toBe(150);
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBeLessThan(all.total);
  });

  it('sorts by most recent session first, patients without sessions last', async () => {
    actAs(user('manager@prolotrack.test'));
    const { rows } = await listPatients({ sort: 'recent' });
    const dates = rows.map((r) => r.lastSession ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0] > dates[dates.length - 1]).toBe(true);
  });

  it('searches by name or MRN', async () => {
    actAs(user('manager@prolotrack.test'));
    const first = (await listPatients({})).rows[0];
    const byMrn = await listPatients({ q: first.mrn.toLowerCase() });
    expect(byMrn.rows.map((r) => r.id)).toEqual([first.id]);
    const byName = await listPatients({ q: `  ${first.givenName} ${first.familyName.toUpperCase()} ` });
    expect(byName.rows.map((r) => r.id)).toContain(first.id);
    expect(byName.total).toBeLessThan(10);
  });

  it('gives each worklist course the session count, last date and last two pains of its own sessions', async () => {
    actAs(user('specialist@prolotrack.test'));
    const { rows } = await getWorklist('', { all: true });
    const fromSessions = temp.db().$client.prepare(`
      select count(*) as n, max(session_date) as last,
             (select pain from treatment_sessions where course_id = ? order by session_date desc, id desc limit 1) as lastPain,
             (select pain from treatment_sessions where course_id = ? order by session_date desc, id desc limit 1 offset 1) as previousPain
      from treatment_sessions where course_id = ?`);
    const trendOf = (previous: number | null, last: number | null) =>
      previous == null || last == null ? null : last < previous ? 'better' : last > previous ? 'worse' : 'same';
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      const s = fromSessions.get(r.courseId, r.courseId, r.courseId) as {
        n: number;
        last: string | null;
        lastPain: number | null;
        previousPain: number | null;
      };
      expect({ done: r.sessionsDone, last: r.lastSessionDate, pain: r.lastPain, trend: r.trend ?? null }).toEqual({
        done: s.n,
        last: s.last,
        pain: s.lastPain,
        trend: trendOf(s.previousPain, s.lastPain),
      });
    }
  });

  it('finds a specialist’s worklist rows by the name as shown or the MRN', async () => {
    actAs(user('specialist@prolotrack.test'));
    const all = (await getWorklist('', { all: true })).rows;
    const row = all[0];
    expect(all.length).toBeGreaterThan(1);
    const byName = (await getWorklist(row.patientName.toLowerCase())).rows;
    expect(byName.map((r) => r.patientName)).toContain(row.patientName);
    expect(byName.length).toBeLessThan(all.length);
    expect((await getWorklist(row.mrn)).rows.map((r) => r.courseId)).toContain(row.courseId);
    expect((await getWorklist('no such patient')).rows).toEqual([]);
  });

  it('refuses an archive flag that is not a boolean, changing nothing', async () => {
    actAs(user('specialist@prolotrack.test'));
    const { rows } = await listPatients({});
    await expect(setPatientArchived(rows[0].id, 'yes')).rejects.toMatchObject({ status: 422 });
    const archived = temp.db().$client.prepare(`select archived from patients where id = ?`).get(rows[0].id);
    expect(archived).toEqual({ archived: 0 });
  });
});

describe('patient changes', () => {
  it('stamp updated_at on every change made through the data layer', async () => {
    actAs(user('specialist@prolotrack.test'));
    const { id } = (await listPatients({})).rows[0];
    const sqlite = temp.db().$client;
    const updatedAt = () => (sqlite.prepare(`select updated_at from patients where id = ?`).get(id) as { updated_at: string }).updated_at;
    sqlite.prepare(`update patients set updated_at = '2000-01-01T00:00:00.000Z' where id = ?`).run(id);
    const before = Date.now();
    await setPatientArchived(id, true);
    await setPatientArchived(id, false);
    expect(Date.parse(updatedAt())).toBeGreaterThanOrEqual(before - 1000);
  });
});
