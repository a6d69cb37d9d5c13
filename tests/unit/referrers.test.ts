import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { users } from '@/db/schema';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createReferrer, listReferrers, referrerOptions, setCourseReferrer, updateReferrer } = await import('@/lib/referrers');
const { createCourse, getCourseDetail } = await import('@/lib/courses');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

type ActorRow = Parameters<typeof actAs>[0];
const actors = {} as Record<'owner' | 'other' | 'manager' | 'admin', ActorRow>;
let base: ReturnType<typeof insertBasics>;

const errorOf = async (call: () => Promise<unknown>) => {
  try {
    await call();
  } catch (error) {
    return error as { code: string; fields: Record<string, string> };
  }
  throw new Error('expected the call to fail');
};
const auditCount = () => temp.db().get<{ n: number }>(sql`select count(*) as n from audit_events`)!.n;

beforeAll(() => {
  const db = temp.db();
  base = insertBasics(db.$client);
  const add = (email: string, role: 'specialist' | 'manager' | 'admin') => {
    const id = Number(db.insert(users).values({ email, name: email, role, passwordHash: 'x' }).run().lastInsertRowid);
    return { id, role, name: email, email };
  };
  actors.owner = { id: base.user, role: 'specialist', name: 'Dr Test', email: 'owner@test' };
  actors.other = add('other@test', 'specialist');
  actors.manager = add('manager@test', 'manager');
  actors.admin = add('admin@test', 'admin');
});

describe('referrers', () => {
  it('are kept by specialists and managers, with a clear message per field, and audited', async () => {
    actAs(actors.manager);
    const bad = await errorOf(() => createReferrer({ name: ' ', email: 'not-an-email' }));
    expect(bad.code).toBe('invalid');
    expect(bad.fields).toEqual({ name: 'Enter the name', email: 'Enter a valid email address' });
    const before = auditCount();
    const { id } = await createReferrer({ name: 'Dr Ann Shaw', practice: 'Harbour Practice', address: '1 Quay\nSpringfield', email: '' });
    expect(auditCount()).toBe(before + 1);
    actAs(actors.owner);
    await updateReferrer(id, { name: 'Dr Ann Shaw', practice: 'Harbour Street Practice', address: '1 Quay\nSpringfield', email: 'ann@shaw.example' });
    const [row] = (await listReferrers()).filter((r) => r.id === id);
    expect(row).toMatchObject({ practice: 'Harbour Street Practice', email: 'ann@shaw.example', courses: 0 });
    expect(await referrerOptions()).toContainEqual({ value: String(id), label: 'Dr Ann Shaw — Harbour Street Practice' });
  });

  it('are read-only for admins', async () => {
    actAs(actors.admin);
    expect((await errorOf(() => createReferrer({ name: 'Dr No' }))).code).toBe('forbidden');
    expect((await listReferrers()).length).toBeGreaterThan(0);
  });

  it('are chosen on a new course and changed on it by the course’s specialist only', async () => {
    actAs(actors.manager);
    const { id: referrerId } = await createReferrer({ name: 'Dr Mei Lin Tan' });
    actAs(actors.owner);
    const course = { condition: 'knee_pain', region: 'knee', side: 'left', startDate: '2026-01-05', plannedSessions: '4', intervalWeeks: '4' };
    const unknown = await errorOf(() => createCourse(base.patient, { ...course, referrerId: '999999' }));
    expect(unknown.fields).toEqual({ referrerId: 'Choose a referrer from the list' });
    const { id } = await createCourse(base.patient, { ...course, referrerId: String(referrerId) });
    expect((await getCourseDetail(id)).referrer?.name).toBe('Dr Mei Lin Tan');

    actAs(actors.other);
    expect((await errorOf(() => setCourseReferrer(id, { referrerId: '' }))).code).toBe('not_found');
    actAs(actors.manager);
    expect((await errorOf(() => setCourseReferrer(id, { referrerId: '' }))).code).toBe('forbidden');
    actAs(actors.owner);
    await setCourseReferrer(id, { referrerId: '' });
    expect((await getCourseDetail(id)).referrer).toBeNull();
    const last = temp
      .db()
      .get<{ details: string }>(sql`select details from audit_events where entity = 'course' and action = 'update' order by id desc limit 1`)!;
    expect(JSON.parse(last.details).changes).toEqual({ referrerId: { from: referrerId, to: null } });
  });
});
