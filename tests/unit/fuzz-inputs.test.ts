import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { signedIn } from './support/session-cookies';
import { insertBasics } from './support/fixtures';
import { users } from '@/db/schema';
import { auditFilterSchema } from '@/lib/audit/queries';
import { changeRoleSchema, createStaffSchema, setActiveSchema } from '@/lib/validation/staff';
import { sessionInputSchema } from '@/lib/validation/session';

vi.mock('next/headers', () => import('./support/session-cookies'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Argon2 at OWASP cost would make thousands of runs take minutes; hashing is tested in password.test.ts.
vi.mock('@/lib/auth/password', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/password')>()),
  hashPassword: async () => '$argon2id$fuzz',
}));

const staffActions = await import('@/lib/actions/staff-actions');
const sessionsRoute = await import('@/app/api/courses/[courseId]/sessions/route');

const RUNS = 2000;
const temp = useTempDatabase();
afterAll(() => temp.cleanup());
let basics: ReturnType<typeof insertBasics>;
let admin = 0;
beforeAll(() => {
  basics = insertBasics(temp.db().$client);
  admin = Number(
    temp.db().insert(users).values({ email: 'fuzz-admin@clinic.test', name: 'Fuzz Admin', role: 'admin', passwordHash: 'x' }).run().lastInsertRowid,
  );
});

const hostile = fc.oneof(
  fc.constantFrom(
    "'; drop table users; --",
    '" or 1=1 --',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '../../etc/passwd',
    '\u0000',
    '\u202e',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '2026-02-30',
    '0000-00-00',
    '9999-99-99',
    'knee.nope',
    '__proto__',
    'constructor',
    '',
    ' ',
    'admin',
    'specialist',
    'true',
    'false',
    '1',
    '0',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 5000 }),
);
const anyValue = fc.oneof(
  hostile,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

function fuzzForm(keys: string[]) {
  return fc.record(Object.fromEntries(keys.map((k) => [k, hostile])) as Record<string, typeof hostile>);
}
const toForm = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

describe('input schemas never throw and accept only well-formed values', () => {
  const schemas = { createStaffSchema, changeRoleSchema, setActiveSchema, auditFilterSchema, sessionInputSchema };
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name} at ${RUNS} random and hostile inputs`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            anyValue,
            fc.dictionary(
              fc.constantFrom(
                'name',
                'email',
                'role',
                'id',
                'active',
                'user',
                'patient',
                'action',
                'from',
                'to',
                'page',
                'pain',
                'sites',
                'sessionDate',
              ),
              anyValue,
            ),
          ),
          (input) => {
            const result = schema.safeParse(input);
            if (result.success && name === 'createStaffSchema') {
              const data = result.data as { name: string; email: string };
              expect(data.name).not.toMatch(/[<>\u0000]/);
              expect(data.email).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
            }
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});

describe('server actions and route handlers under fuzz', () => {
  it(`createStaffAction: ${RUNS} hostile forms, no crash, no invalid account stored`, async () => {
    signedIn.userId = admin;
    await fc.assert(
      fc.asyncProperty(fuzzForm(['name', 'email', 'role']), async (values) => {
        const state = await staffActions.createStaffAction({}, toForm(values));
        expect(state.message ?? state.ok ?? state.errors).toBeDefined();
        expect(state.message ?? '').not.toMatch(/Something went wrong/);
      }),
      { numRuns: RUNS },
    );
    const bad = temp
      .db()
      .all(
        sql`select id from users where id > ${admin} and (role not in ('specialist','manager','admin') or email not like '%_@_%.%' or name like '%<%')`,
      );
    expect(bad).toEqual([]);
  });

  it(`changeRoleAction and setActiveAction: ${RUNS} hostile forms each, no crash`, async () => {
    signedIn.userId = admin;
    await fc.assert(
      fc.asyncProperty(fuzzForm(['id', 'role']), fuzzForm(['id', 'active']), async (a, b) => {
        for (const state of [await staffActions.changeRoleAction({}, toForm(a)), await staffActions.setActiveAction({}, toForm(b))]) {
          expect(state.message ?? '').not.toMatch(/Something went wrong/);
        }
      }),
      { numRuns: RUNS },
    );
    expect(temp.db().get(sql`select role, active from users where id = ${admin}`)).toEqual({ role: 'admin', active: 1 });
  });

  it(`POST /api/courses/:id/sessions: ${RUNS} hostile bodies, never a 500, nothing invalid stored`, async () => {
    // The staff fuzz above may have changed this account's role or access at random: restore it.
    temp.db().run(sql`update users set role = 'specialist', active = 1 where id = ${basics.user}`);
    signedIn.userId = basics.user;
    const body = fc.oneof(
      anyValue.map((v) => JSON.stringify(v) ?? 'undefined'),
      fc
        .record({
          sessionDate: fc.oneof(hostile, fc.constantFrom('2026-01-10', '2026-02-29', '2099-01-01')),
          pain: fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double(), hostile),
          mobility: fc.integer({ min: -5, max: 15 }),
          sleep: fc.integer({ min: -5, max: 15 }),
          ultrasoundGuided: fc.oneof(fc.boolean(), hostile),
          needling: fc.boolean(),
          adverseEvents: fc.oneof(
            hostile,
            fc.array(
              fc.record({
                type: fc.constantFrom('infection', 'other', 'nope'),
                severity: fc.constantFrom('mild', 'x'),
                serious: fc.boolean(),
                onsetDate: fc.constantFrom('2026-01-10', 'x'),
              }),
              { maxLength: 2 },
            ),
          ),
          notes: fc.oneof(hostile, fc.constant(null)),
          sites: fc.array(
            fc.record({
              siteCode: fc.oneof(fc.constantFrom('knee.mcl', 'knee.nope'), hostile),
              side: fc.constantFrom('left', 'right', 'midline', 'up'),
              injectionCount: fc.integer({ min: -2, max: 25 }),
            }),
            { maxLength: 3 },
          ),
        })
        .map((v) => JSON.stringify(v)),
      hostile,
    );
    await fc.assert(
      fc.asyncProperty(body, fc.oneof(fc.constant(String(basics.course)), hostile), async (text, courseId) => {
        const response = await sessionsRoute.POST(
          new Request('http://localhost/api/courses/x/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text }),
          { params: Promise.resolve({ courseId }) },
        );
        expect(response.status).not.toBe(500);
        expect([201, 400, 404, 409, 413, 415, 422]).toContain(response.status);
      }),
      { numRuns: RUNS },
    );
    const invalid = temp
      .db()
      .all(sql`select id from treatment_sessions where session_date > date('now') or date(session_date) is null or pain not between 0 and 10`);
    expect(invalid).toEqual([]);
  });
});
