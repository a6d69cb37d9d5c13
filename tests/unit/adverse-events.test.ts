import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createSession, deleteSession } = await import('@/lib/sessions');
const { recordAdverseEvent, resolveAdverseEvent } = await import('@/lib/adverse-events');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

let ids: ReturnType<typeof insertBasics>;
const q = <T>(sql: string, ...args: unknown[]) =>
  temp
    .db()
    .$client.prepare(sql)
    .get(...args) as T;
const event = (over: Record<string, unknown> = {}) => ({
  type: 'bruising',
  description: null,
  severity: 'mild',
  serious: false,
  onsetDate: '2026-02-03',
  resolutionDate: null,
  actionTaken: null,
  ...over,
});
const session = (adverseEvents: unknown[]) => ({
  sessionDate: '2026-02-02',
  pain: 6,
  mobility: 5,
  sleep: 5,
  ultrasoundGuided: true,
  needling: false,
  notes: '',
  sites: [{ siteCode: 'knee.mcl', side: 'left', injectionCount: 2 }],
  adverseEvents,
});
const facts = (courseId: number) => q<{ n: number }>('select adverse_sessions as n from outcome_course_facts where course_id = ?', courseId).n;

beforeAll(() => {
  ids = insertBasics(temp.db().$client);
  actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
});

describe('adverse events', () => {
  it('saves several events with a session, attributed to it, audited and counted in the outcome facts', async () => {
    const { id } = await createSession(
      ids.course,
      session([event(), event({ type: 'vasovagal', severity: 'moderate', onsetDate: '2026-02-02', actionTaken: 'Lay down' })]),
    );
    expect(q<{ n: number }>('select count(*) as n from adverse_events where session_id = ? and recorded_by = ?', id, ids.user).n).toBe(2);
    expect(q<{ n: number }>(`select count(*) as n from audit_events where entity = 'adverse_event' and action = 'create'`).n).toBe(2);
    expect(facts(ids.course)).toBe(2);
  });

  it('records an event on the course page against an earlier session, and refuses an onset before that session', async () => {
    await recordAdverseEvent(ids.course, {
      sessionId: ids.session,
      ...event({ type: 'pneumothorax', severity: 'severe', serious: true, onsetDate: '2026-01-06' }),
    });
    const row = q<{ session_id: number; serious: number; severity: string }>(
      `select session_id, serious, severity from adverse_events where type = 'pneumothorax'`,
    );
    expect(row).toEqual({ session_id: ids.session, serious: 1, severity: 'severe' });
    expect(facts(ids.course)).toBe(3);
    await expect(recordAdverseEvent(ids.course, { sessionId: ids.session, ...event({ onsetDate: '2026-01-01' }) })).rejects.toMatchObject({
      code: 'invalid',
      fields: { onsetDate: expect.any(String) },
    });
  });

  it('needs a description for "other", a session of the course and a severity; nothing is written on refusal', async () => {
    const before = q<{ n: number }>('select count(*) as n from adverse_events').n;
    await expect(recordAdverseEvent(ids.course, { sessionId: ids.session, ...event({ type: 'other' }) })).rejects.toMatchObject({
      fields: { description: expect.any(String) },
    });
    await expect(recordAdverseEvent(ids.course, { sessionId: ids.session, ...event({ severity: '' }) })).rejects.toMatchObject({
      fields: { severity: expect.any(String) },
    });
    const other = insertBasics(temp.db().$client, ids.user);
    await expect(recordAdverseEvent(ids.course, { sessionId: other.session, ...event() })).rejects.toMatchObject({
      fields: { sessionId: expect.any(String) },
    });
    await expect(createSession(ids.course, session([event({ onsetDate: '2026-01-30' })]))).rejects.toMatchObject({
      fields: { 'adverseEvents.0.onsetDate': expect.any(String) },
    });
    expect(q<{ n: number }>('select count(*) as n from adverse_events').n).toBe(before);
  });

  it('resolves an ongoing event once, and keeps a session with events from being deleted', async () => {
    const { id } = q<{ id: number }>(`select id from adverse_events where type = 'pneumothorax'`);
    await expect(resolveAdverseEvent(id, { resolutionDate: '2026-01-05' })).rejects.toMatchObject({ code: 'invalid' });
    await resolveAdverseEvent(id, { resolutionDate: '2026-01-20' });
    expect(q<{ r: string }>('select resolution_date as r from adverse_events where id = ?', id).r).toBe('2026-01-20');
    await expect(resolveAdverseEvent(id, { resolutionDate: '2026-01-21' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(deleteSession(ids.session)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses another specialist', async () => {
    const stranger = insertBasics(temp.db().$client);
    actAs({ id: stranger.user, role: 'specialist', name: 'B', email: 'b@test' });
    await expect(recordAdverseEvent(ids.course, { sessionId: ids.session, ...event() })).rejects.toMatchObject({ code: 'not_found' });
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
  });
});
