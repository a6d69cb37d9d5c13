import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { hashToken, newLinkToken, tokenFromSalt } from '@/lib/patient-links/token';
import { resolveLink } from '@/lib/patient-links/resolve';
import { openLink, submitLinkAnswers } from '@/lib/patient-links/public';

process.env.NEXTAUTH_SECRET ??= 'patient-links-test-secret-of-sufficient-length';
vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createFollowUpLink, createPreSessionLink } = await import('@/lib/patient-links/links');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const sqlite = () => temp.db().$client;
const count = (table: string) => (sqlite().prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
const tokenOf = (url: string) => url.split('/r/')[1];
const answer = { pain: 3, mobility: 7, sleep: 6, globalImpression: 2, comment: 'Much better on stairs' };

let ids: ReturnType<typeof insertBasics>;
let followUpId: number;
beforeAll(() => {
  ids = insertBasics(sqlite());
  const today = new Date().toISOString().slice(0, 10);
  followUpId = Number(
    sqlite()
      .prepare(
        `insert into follow_ups (course_id, time_point, due_date, window_start, window_end, created_at, updated_at) values (?, 'w6', ?, date(?, '-14 days'), date(?, '+14 days'), 'x', 'x')`,
      )
      .run(ids.course, today, today, today).lastInsertRowid,
  );
  actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
});

describe('link tokens', () => {
  it('are 192-bit base64url strings, rebuilt from the salt with the server key, stored only as a hash', async () => {
    const a = newLinkToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(tokenFromSalt(a.salt)).toBe(a.token);
    expect(a.hash).toBe(hashToken(a.token));
    expect(newLinkToken().token).not.toBe(a.token);

    const { url } = await createFollowUpLink(followUpId);
    const token = tokenOf(url);
    const row = sqlite().prepare(`select * from patient_links order by id desc limit 1`).get() as Record<string, unknown>;
    expect(row.token_hash).toBe(hashToken(token));
    expect(Object.values(row)).not.toContain(token);
    const audit = sqlite().prepare(`select details from audit_events where entity = 'patient_link' order by id desc limit 1`).get() as {
      details: string;
    };
    expect(audit.details).not.toContain(token);
  });

  it('resolve valid, then used after answering; a changed character is unknown; expiry and replacement are expired', async () => {
    const token = tokenOf((await createFollowUpLink(followUpId)).url);
    const now = new Date();
    expect(resolveLink(temp.db(), token, now).status).toBe('valid');
    const altered = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
    expect(resolveLink(temp.db(), altered, now).status).toBe('unknown');
    expect(resolveLink(temp.db(), token, new Date(now.getTime() + 15 * 86_400_000)).status).toBe('expired');

    const replaced = token;
    const fresh = tokenOf((await createFollowUpLink(followUpId)).url);
    expect(resolveLink(temp.db(), replaced, now).status).toBe('expired');
    expect(openLink(temp.db(), fresh, '10.0.0.1')).toBe('valid');
    submitLinkAnswers(temp.db(), fresh, answer, '10.0.0.1');
    expect(resolveLink(temp.db(), fresh, now).status).toBe('used');
    const saved = sqlite()
      .prepare(`select pain, mobility, sleep, global_impression as g, comment, answered_at as at from follow_ups where id = ?`)
      .get(followUpId) as Record<string, unknown>;
    expect(saved).toMatchObject({ pain: 3, mobility: 7, sleep: 6, g: 2, comment: 'Much better on stairs' });
    expect(saved.at).toBeTruthy();
  });

  it('refuses a used, expired or unknown link and saves nothing', async () => {
    const before = [count('follow_ups'), count('pre_session_reports')];
    const answered = sqlite().prepare(`select * from follow_ups where id = ?`).get(followUpId);
    const { token: stray } = newLinkToken();
    expect(() => submitLinkAnswers(temp.db(), stray, answer, null)).toThrow('This link is not valid');
    const expiredToken = tokenOf((await createPreSessionLink(ids.course)).url);
    expect(() => submitLinkAnswers(temp.db(), expiredToken, { pain: 1, mobility: 1, sleep: 1 }, null, new Date(Date.now() + 3 * 3_600_000))).toThrow(
      'This link has expired',
    );
    expect([count('follow_ups'), count('pre_session_reports')]).toEqual(before);
    expect(sqlite().prepare(`select * from follow_ups where id = ?`).get(followUpId)).toEqual(answered);
  });

  it('rejects incomplete answers with a message per question and leaves the link usable', async () => {
    const token = tokenOf((await createPreSessionLink(ids.course)).url);
    expect(() => submitLinkAnswers(temp.db(), token, { pain: 4 }, null)).toThrow('Please answer every question.');
    expect(resolveLink(temp.db(), token, new Date()).status).toBe('valid');
    submitLinkAnswers(temp.db(), token, { pain: 4, mobility: 5, sleep: 6 }, null);
    expect(sqlite().prepare(`select pain, mobility, sleep, session_id as s from pre_session_reports order by id desc limit 1`).get()).toEqual({
      pain: 4,
      mobility: 5,
      sleep: 6,
      s: null,
    });
  });

  it('only lets the course’s own specialist create links, and only while the follow-up is due', async () => {
    const other = insertBasics(sqlite());
    actAs({ id: other.user, role: 'specialist', name: 'B', email: 'b@test' });
    await expect(createPreSessionLink(ids.course)).rejects.toMatchObject({ status: 404 });
    actAs({ id: ids.user, role: 'manager', name: 'M', email: 'm@test' });
    await expect(createPreSessionLink(ids.course)).rejects.toMatchObject({ status: 403 });
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    await expect(createFollowUpLink(followUpId)).rejects.toMatchObject({ status: 409 });
  });
});

describe('2,000 random token strings', () => {
  it('never throw from the resolver or the opener and save nothing', () => {
    const snapshot = () => [count('patient_links'), count('follow_ups'), count('pre_session_reports'), count('audit_events')];
    const before = snapshot();
    const tokens = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      fc.string({ unit: 'binary', maxLength: 64 }),
      fc.constantFrom('', '../../etc/passwd', "' or 1=1 --", '%00', 'null', 'A'.repeat(10_000)),
    );
    fc.assert(
      fc.property(tokens, (token) => {
        expect(resolveLink(temp.db(), token, new Date()).status).toBe('unknown');
        expect(openLink(temp.db(), token, '203.0.113.9')).toBe('unknown');
        expect(() => submitLinkAnswers(temp.db(), token, answer, null)).toThrow('This link is not valid');
      }),
      { numRuns: 2000, seed: 20261129 },
    );
    expect(snapshot()).toEqual(before);
  });
});
