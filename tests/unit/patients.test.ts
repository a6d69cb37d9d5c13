import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { seedDemoClinic } from '@/lib/demo/seed';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { listPatients, setPatientArchived } = await import('@/lib/patients');

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
  });

  it('refuses an archive flag that is not a boolean, changing nothing', async () => {
    actAs(user('specialist@prolotrack.test'));
    const { rows } = await listPatients({});
    await expect(setPatientArchived(rows[0].id, 'yes')).rejects.toMatchObject({ status: 422 });
    const archived = temp.db().$client.prepare(`select archived from patients where id = ?`).get(rows[0].id);
    expect(archived).toEqual({ archived: 0 });
  });
});
