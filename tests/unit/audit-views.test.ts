import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { FIXTURE_TODAY, insertOutcomeFixture, type OutcomeFixture } from './support/outcome-fixture';
import { listPatients } from '@/lib/patients';
import { getWorklist } from '@/lib/worklist';
import { getOverdueCourses } from '@/lib/outcomes/overdue';
import { getSessionFormContext } from '@/lib/courses';
import { getSessionForEdit } from '@/lib/sessions';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const temp = useTempDatabase();
let fx: OutcomeFixture;
beforeAll(() => {
  fx = insertOutcomeFixture(temp.db().$client);
});
afterAll(() => temp.cleanup());

interface ViewEvent {
  userId: number;
  entity: string;
  entityId: string | null;
  patientId: number | null;
  details: { patientIds: number[]; [key: string]: unknown };
}
/** The view events recorded by `run`, and nothing else. */
async function viewsDuring(run: () => Promise<unknown>): Promise<ViewEvent[]> {
  const sqlite = temp.db().$client;
  const before = (sqlite.prepare('select coalesce(max(id), 0) as id from audit_events').get() as { id: number }).id;
  await run();
  const rows = sqlite
    .prepare(
      `select user_id as userId, action, entity, entity_id as entityId, patient_id as patientId, details from audit_events where id > ? order by id`,
    )
    .all(before) as (Omit<ViewEvent, 'details'> & { action: string; details: string })[];
  expect(rows.every((r) => r.action === 'view')).toBe(true);
  return rows.map(({ action: _action, ...r }) => ({ ...r, details: JSON.parse(r.details) }));
}

const specialistA = () => actAs({ id: fx.users.A, role: 'specialist', name: 'Dr A', email: 'a@test' });

describe('views of patient data are audited with the patients shown', () => {
  it('the patients list and its search', async () => {
    actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
    let shown: number[] = [];
    const [all] = await viewsDuring(async () => {
      shown = (await listPatients({})).rows.map((r) => r.id);
    });
    expect(all).toMatchObject({ userId: fx.users.manager, entity: 'patient_list', details: { q: '', page: 1, archived: false } });
    expect(shown).toHaveLength(6);
    expect(all.details.patientIds).toEqual(shown);
    const [search] = await viewsDuring(() => listPatients({ q: 'lovelace' }));
    expect(search.details).toMatchObject({ patientIds: [fx.patients[0]], q: 'lovelace' });
  });

  it('the worklist', async () => {
    specialistA();
    const events = await viewsDuring(() => getWorklist('', { all: true }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity: 'worklist', userId: fx.users.A, details: { all: true } });
    // Active courses of A: C2 (P2), C5 (P1), C7 (P6)
    expect([...events[0].details.patientIds].sort()).toEqual([fx.patients[0], fx.patients[1], fx.patients[5]].sort());
  });

  it('the worklist of courses due today: only the patients shown', async () => {
    specialistA();
    const every = (await getWorklist('', { all: true })).rows;
    // On the day the first of A's courses falls due, the others are not due yet.
    const firstDue = every.map((r) => r.nextDue!).sort()[0];
    const expected = every.filter((r) => r.nextDue! <= firstDue).map((r) => r.patientId);
    expect(expected.length).toBeLessThan(every.length);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${firstDue}T12:00:00`));
    try {
      let list: Awaited<ReturnType<typeof getWorklist>> | undefined;
      const [event] = await viewsDuring(async () => {
        list = await getWorklist();
      });
      expect(list!.active).toBe(every.length);
      expect(list!.rows.map((r) => r.patientId).sort()).toEqual([...expected].sort());
      expect([...event.details.patientIds].sort()).toEqual([...new Set(expected)].sort());
      expect(event.details).toMatchObject({ all: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('the overdue list', async () => {
    actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
    let shown: number[] = [];
    const [event] = await viewsDuring(async () => {
      shown = (await getOverdueCourses({}, FIXTURE_TODAY)).map((r) => r.patientId);
    });
    expect(shown.length).toBeGreaterThan(0);
    expect(event).toMatchObject({ entity: 'overdue_list', userId: fx.users.manager });
    expect([...event.details.patientIds].sort()).toEqual([...new Set(shown)].sort());
  });

  it('the session forms', async () => {
    specialistA();
    const [form] = await viewsDuring(() => getSessionFormContext(fx.courses.C2));
    expect(form).toMatchObject({
      entity: 'session_form',
      entityId: String(fx.courses.C2),
      patientId: fx.patients[1],
      details: { patientIds: [fx.patients[1]] },
    });
    const sessionId = (
      temp.db().$client.prepare('select min(id) as id from treatment_sessions where course_id = ?').get(fx.courses.C1) as { id: number }
    ).id;
    const [edit] = await viewsDuring(() => getSessionForEdit(sessionId));
    expect(edit).toMatchObject({
      entity: 'session',
      entityId: String(sessionId),
      patientId: fx.patients[0],
      details: { patientIds: [fx.patients[0]] },
    });
  });
});
