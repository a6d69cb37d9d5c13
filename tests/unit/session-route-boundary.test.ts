import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { POST } = await import('@/app/api/courses/[courseId]/sessions/route');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const valid = {
  sessionDate: '2026-02-02',
  pain: 6,
  mobility: 5,
  sleep: 5,
  ultrasoundGuided: true,
  needling: false,
  sites: [{ siteCode: 'knee.mcl', side: 'left', injectionCount: 2, dextrosePct: 15, anaesthetic: null, volumeMl: 1 }],
};

let ids: ReturnType<typeof insertBasics>;
beforeAll(() => {
  ids = insertBasics(temp.db().$client);
});

const snapshot = () =>
  temp
    .db()
    .$client.prepare(
      `select (select count(*) from treatment_sessions) as sessions, (select count(*) from injections) as sites,
              (select count(*) from audit_events) as audit`,
    )
    .get();

function post(body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }, courseId = String(ids.course)) {
  const request = new Request(`http://localhost/api/courses/${courseId}/sessions`, { method: 'POST', headers, body });
  return POST(request, { params: Promise.resolve({ courseId }) });
}

async function expectRefused(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  const json = (await response.json()) as { error: string };
  expect(json.error).toMatch(message);
  expect(JSON.stringify(json)).not.toMatch(/at .*\.ts|SyntaxError|Unexpected token/);
}

describe('POST /api/courses/:id/sessions refuses bad input at the boundary and writes nothing', () => {
  it('accepts a valid body (the baseline the refusals are measured against)', async () => {
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    const before = snapshot() as { sessions: number; sites: number; audit: number };
    const response = await post(JSON.stringify(valid));
    expect(response.status).toBe(201);
    expect(snapshot()).toEqual({ sessions: before.sessions + 1, sites: before.sites + 1, audit: before.audit + 1 });
  });

  const cases: [string, () => Promise<Response>, number, RegExp][] = [
    ['malformed JSON', () => post('{"pain": 6,'), 400, /not valid JSON/],
    ['an empty body', () => post(''), 400, /not valid JSON/],
    ['JSON that is not an object', () => post('[1, 2, 3]'), 422, /fields need attention/],
    ['JSON null', () => post('null'), 422, /fields need attention/],
    ['a body over 64 KB', () => post(JSON.stringify({ ...valid, notes: 'x'.repeat(70 * 1024) })), 413, /larger than 64 KB/],
    [
      'a declared length over 64 KB',
      () => post(JSON.stringify(valid), { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) }),
      413,
      /larger than 64 KB/,
    ],
    ['text/plain', () => post(JSON.stringify(valid), { 'content-type': 'text/plain' }), 415, /application\/json/],
    [
      'a form post',
      () => post(new URLSearchParams({ pain: '6' }).toString(), { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      /application\/json/,
    ],
    ['no content type', () => post(JSON.stringify(valid), {}), 415, /application\/json/],
    ['scores of the wrong type', () => post(JSON.stringify({ ...valid, pain: '6' })), 422, /fields need attention/],
    [
      'an unknown site',
      () => post(JSON.stringify({ ...valid, sites: [{ ...valid.sites[0], siteCode: 'knee.nowhere' }] })),
      422,
      /fields need attention/,
    ],
    [
      'too many sites',
      () => post(JSON.stringify({ ...valid, sites: Array.from({ length: 41 }, () => valid.sites[0]) })),
      422,
      /fields need attention/,
    ],
    ['a course id that is not a number', () => post(JSON.stringify(valid), undefined, '1%20or%201=1'), 404, /Not found/],
  ];

  it.each(cases)('refuses %s with a clear 4xx and leaves the database unchanged', async (_, send, status, message) => {
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    const before = snapshot();
    await expectRefused(await send(), status, message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses anonymous callers before reading the body', async () => {
    actAs(null);
    const before = snapshot();
    await expectRefused(await post('{"pain": 6,'), 401, /sign in/i);
    expect(snapshot()).toEqual(before);
  });
});
