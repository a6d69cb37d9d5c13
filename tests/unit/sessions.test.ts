import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createSession, updateSession, deleteSession } = await import('@/lib/sessions');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const valid = {
  sessionDate: '2026-02-02',
  pain: 6,
  mobility: 5,
  sleep: 5,
  ultrasoundGuided: true,
  needling: false,
  notes: '',
  sites: [
    { siteCode: 'knee.mcl', side: 'left', injectionCount: 2, dextrosePct: 15, anaesthetic: 'lidocaine 1%', volumeMl: 1 },
    { siteCode: 'knee.coronary_medial', side: 'left', injectionCount: 1, dextrosePct: 15, anaesthetic: null, volumeMl: 0.5 },
  ],
};

let ids: ReturnType<typeof insertBasics>;
let other: ReturnType<typeof insertBasics>;
const count = (table: string) => (temp.db().$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

beforeAll(() => {
  ids = insertBasics(temp.db().$client);
  other = insertBasics(temp.db().$client);
});

describe('session data layer', () => {
  it('saves a session and its sites together, with an audit event', async () => {
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    const before = count('injections');
    const { id } = await createSession(ids.course, valid);
    expect(id).toBeGreaterThan(0);
    expect(count('injections')).toBe(before + 2);
    const audit = temp.db().$client.prepare(`select action, entity, patient_id from audit_events order by id desc limit 1`).get();
    expect(audit).toEqual({ action: 'create', entity: 'session', patient_id: ids.patient });
  });

  it('rejects invalid input with field errors and writes nothing', async () => {
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    const sessions = count('treatment_sessions');
    await expect(createSession(ids.course, { ...valid, pain: 11 })).rejects.toMatchObject({
      status: 422,
      fields: { pain: 'Pain must be a whole number from 0 to 10' },
    });
    await expect(createSession(ids.course, { ...valid, sessionDate: '2999-01-01' })).rejects.toMatchObject({
      fields: { sessionDate: 'The session date cannot be in the future' },
    });
    await expect(createSession(ids.course, { ...valid, sessionDate: '2025-12-01' })).rejects.toMatchObject({
      fields: { sessionDate: 'The session date cannot be before the course started' },
    });
    await expect(createSession(ids.course, { ...valid, sites: [{ ...valid.sites[0], injectionCount: 0 }] })).rejects.toMatchObject({
      fields: { 'sites.0.injectionCount': 'Injections must be a whole number from 1 to 20' },
    });
    expect(count('treatment_sessions')).toBe(sessions);
  });

  it("hides another specialist's course as not found and refuses managers", async () => {
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    await expect(createSession(other.course, valid)).rejects.toMatchObject({ status: 404 });
    actAs({ id: ids.user, role: 'manager', name: 'M', email: 'm@test' });
    await expect(createSession(ids.course, valid)).rejects.toMatchObject({ status: 403 });
    actAs(null);
    await expect(createSession(ids.course, valid)).rejects.toMatchObject({ status: 401 });
  });

  it('lets only the author edit or delete a session', async () => {
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    const { id } = await createSession(ids.course, valid);
    await updateSession(id, { ...valid, pain: 3, sites: [valid.sites[0]] });
    const row = temp
      .db()
      .$client.prepare(`select pain, (select count(*) from injections where session_id = ?) as n from treatment_sessions where id = ?`)
      .get(id, id);
    expect(row).toEqual({ pain: 3, n: 1 });
    actAs({ id: other.user, role: 'specialist', name: 'B', email: 'b@test' });
    await expect(deleteSession(id)).rejects.toMatchObject({ status: 404 });
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    await deleteSession(id);
    expect(temp.db().$client.prepare(`select count(*) as n from injections where session_id = ?`).get(id)).toEqual({ n: 0 });
  });
});
