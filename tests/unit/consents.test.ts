import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createSession } = await import('@/lib/sessions');
const { recordConsent } = await import('@/lib/consents');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

let ids: ReturnType<typeof insertBasics>;
const count = (sql: string, ...args: unknown[]) =>
  (
    temp
      .db()
      .$client.prepare(sql)
      .get(...args) as { n: number }
  ).n;
const session = {
  sessionDate: '2026-02-02',
  pain: 6,
  mobility: 5,
  sleep: 5,
  ultrasoundGuided: true,
  needling: false,
  notes: '',
  sites: [{ siteCode: 'knee.mcl', side: 'left', injectionCount: 2 }],
};
const sampleVersion = () => count('select min(id) as n from consent_form_versions');

beforeAll(() => {
  ids = insertBasics(temp.db().$client, undefined, { consent: false });
  actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
});

describe('consent', () => {
  it('ships a sample consent form version', () => {
    expect(count('select count(*) as n from consent_form_versions')).toBe(1);
  });

  it('refuses a session with injections on a course without consent, with a form-level consent error, writing nothing', async () => {
    const before = count('select count(*) as n from treatment_sessions');
    await expect(createSession(ids.course, session)).rejects.toMatchObject({ code: 'invalid', fields: { consent: expect.any(String) } });
    expect(count('select count(*) as n from treatment_sessions')).toBe(before);
    // A session without injections needs no consent.
    await createSession(ids.course, { ...session, sites: [] });
    expect(count('select count(*) as n from treatment_sessions')).toBe(before + 1);
  });

  it('validates and records consent, audited; then the same session saves', async () => {
    await expect(recordConsent(ids.course, { versionId: '', consentDate: '2026-02-01' })).rejects.toMatchObject({
      fields: { versionId: expect.any(String) },
    });
    await expect(recordConsent(ids.course, { versionId: sampleVersion(), consentDate: '2099-01-01' })).rejects.toMatchObject({
      fields: { consentDate: expect.any(String) },
    });
    await expect(recordConsent(ids.course, { versionId: sampleVersion(), consentDate: '2019-06-01' })).rejects.toMatchObject({
      fields: { versionId: expect.any(String) },
    });
    expect(count('select count(*) as n from consents')).toBe(0);
    await recordConsent(ids.course, { versionId: sampleVersion(), consentDate: '2026-02-01', witness: 'Nurse Kay' });
    expect(count(`select count(*) as n from consents where course_id = ? and witness = 'Nurse Kay' and recorded_by = ?`, ids.course, ids.user)).toBe(
      1,
    );
    expect(count(`select count(*) as n from audit_events where entity = 'consent' and action = 'create'`)).toBe(1);
    const { id } = await createSession(ids.course, session);
    expect(count('select count(*) as n from injections where session_id = ?', id)).toBe(1);
  });

  it('is recorded only by the course specialist', async () => {
    const stranger = insertBasics(temp.db().$client);
    actAs({ id: stranger.user, role: 'specialist', name: 'B', email: 'b@test' });
    await expect(recordConsent(ids.course, { versionId: sampleVersion(), consentDate: '2026-02-01' })).rejects.toMatchObject({ code: 'not_found' });
    actAs({ id: ids.user, role: 'manager', name: 'M', email: 'm@test' });
    await expect(recordConsent(ids.course, { versionId: sampleVersion(), consentDate: '2026-02-01' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
