import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { FIXTURE_TODAY, insertOutcomeFixture, type OutcomeFixture } from './support/outcome-fixture';
import { getOutcomeDashboard } from '@/lib/outcomes/dashboard';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const temp = useTempDatabase();
let fx: OutcomeFixture;
const manager = () => actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });

beforeAll(() => {
  fx = insertOutcomeFixture(temp.db().$client);
});
afterAll(() => temp.cleanup());

describe('the outcomes dashboard answers repeated views from the figures it computed, until the data changes', () => {
  it('moves with every change to the tables it reads, made by any writer', async () => {
    manager();
    const sqlite = temp.db().$client;
    const shoulder = () => getOutcomeDashboard({ condition: 'shoulder' }, FIXTURE_TODAY);
    const before = await shoulder();
    expect(before.summary.courses).toBe(3);
    sqlite.prepare(`update courses set condition = 'shoulder' where id = ?`).run(fx.courses.C2);
    expect((await shoulder()).summary.courses).toBe(4);
    sqlite.prepare(`update courses set condition = 'knee_pain' where id = ?`).run(fx.courses.C2);
    expect((await shoulder()).summary).toEqual(before.summary);
    sqlite.prepare(`delete from outcome_pain_lows where course_id = ?`).run(fx.courses.C6);
    expect((await shoulder()).summary.respondedCourses).toBe(before.summary.respondedCourses - 1);
  });

  it('keys the figures by who may see which courses, the filters and the day', async () => {
    manager();
    const clinic = await getOutcomeDashboard({}, FIXTURE_TODAY);
    actAs({ id: fx.users.A, role: 'specialist', name: 'Dr A', email: 'a@test' });
    const own = await getOutcomeDashboard({}, FIXTURE_TODAY);
    expect(own.summary.courses).toBeLessThan(clinic.summary.courses);
    expect(own.bySpecialist).toEqual([]);
    manager();
    expect((await getOutcomeDashboard({ condition: 'shoulder' }, FIXTURE_TODAY)).summary.courses).toBe(3);
    expect((await getOutcomeDashboard({}, FIXTURE_TODAY)).summary).toEqual(clinic.summary);
  });

  it('is recomputed only when the version moves, and callers cannot alter the remembered figures', async () => {
    manager();
    const sqlite = temp.db().$client;
    const knee = () => getOutcomeDashboard({ condition: 'knee_pain' }, FIXTURE_TODAY);
    const first = await knee();
    expect(first.summary.courses).toBe(2);
    first.summary.courses = -1;
    // A change the triggers do not see (the trigger dropped) is not picked up until the version moves.
    sqlite.exec('drop trigger outcome_data_version_courses_update');
    sqlite.prepare(`update courses set condition = 'shoulder' where id = ?`).run(fx.courses.C2);
    expect((await knee()).summary.courses).toBe(2);
    sqlite.exec('update outcome_data_version set version = version + 1');
    expect((await knee()).summary.courses).toBe(1);
  });
});
