import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { signedIn } from './support/session-cookies';
import { insertBasics } from './support/fixtures';
import { checkInAnswerSchema } from '@/lib/validation/check-in';
import { isAppError } from '@/lib/errors';
import { newLinkToken } from '@/lib/patient-links/token';
import type { FormState } from '@/lib/validation/form-errors';

process.env.NEXTAUTH_SECRET ??= 'fuzz-check-ins-test-secret-of-sufficient-length';
vi.mock('next/headers', () => import('./support/session-cookies'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const checkInActions = await import('@/lib/actions/check-in-actions');
const linkActions = await import('@/lib/actions/patient-link-actions');
const { submitLinkAnswers } = await import('@/lib/patient-links/public');

const RUNS = 2000;
const temp = useTempDatabase();
afterAll(() => temp.cleanup());
const sqlite = () => temp.db().$client;
let basics: ReturnType<typeof insertBasics>;
const flagged: number[] = [];

/** A session with one injected site, two days ago (its check-in is due). */
function injectedSession(): number {
  const id = Number(
    sqlite()
      .prepare(
        `insert into treatment_sessions (course_id, session_date, pain, recorded_by, recorded_at, updated_at) values (?, date('now', 'localtime', '-2 days'), 5, ?, 'x', 'x')`,
      )
      .run(basics.course, basics.user).lastInsertRowid,
  );
  sqlite().prepare(`insert into injections (session_id, site_code, side, injection_count) values (?, 'knee.mcl', 'left', 1)`).run(id);
  return id;
}

/** A live check-in link on a fresh session, written directly. */
function checkInToken(): string {
  const { token, salt, hash } = newLinkToken();
  sqlite()
    .prepare(
      `insert into patient_links (token_hash, token_salt, purpose, course_id, session_id, created_by, created_at, expires_at) values (?, ?, 'check_in', ?, ?, ?, ?, ?)`,
    )
    .run(hash, salt, basics.course, injectedSession(), basics.user, new Date().toISOString(), new Date(Date.now() + 86_400_000).toISOString());
  return token;
}

beforeAll(() => {
  basics = insertBasics(sqlite());
  signedIn.userId = basics.user;
  for (let i = 0; i < 40; i++) {
    const session = injectedSession();
    const link = sqlite()
      .prepare(
        `insert into patient_links (token_hash, token_salt, purpose, course_id, session_id, created_by, created_at, expires_at) values (?, 's', 'check_in', ?, ?, ?, 'x', 'y')`,
      )
      .run(`fuzz-${i}`, basics.course, session, basics.user).lastInsertRowid;
    flagged.push(
      Number(
        sqlite()
          .prepare(
            `insert into check_ins (session_id, course_id, link_id, answered_at, pain, spreading_redness, fever, breathless_chest_pain, postural_headache, numbness_weakness, red_flag)
       values (?, ?, ?, ?, 'much_worse', 0, ?, 0, 0, 0, 1)`,
          )
          .run(session, basics.course, link, new Date().toISOString(), i % 2).lastInsertRowid,
      ),
    );
  }
});

const hostile = fc.oneof(
  fc.constantFrom(
    "'; drop table check_ins; --",
    '<script>alert(1)</script>',
    '\u0000',
    '\u202e',
    'NaN',
    '-1',
    '1e309',
    '',
    ' ',
    'yes',
    'no',
    'patient_contacted',
    'adverse_event_recorded',
    'no_action',
    'much_worse',
    'true',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 900, maxLength: 3000 }),
);
const anyValue = fc.oneof(
  hostile,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const toForm = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};
function expectHandled(state: FormState) {
  expect(state.ok || state.message).toBeTruthy();
  expect(state.message ?? '').not.toMatch(/Something went wrong/);
}

describe('check-in actions under fuzz', { timeout: 180_000 }, () => {
  it(`recordCheckInHandlingAction and createCheckInLinkAction: ${RUNS} hostile forms and ids, nothing invalid stored`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          handling: fc.oneof(
            { arbitrary: hostile, weight: 1 },
            { arbitrary: fc.constantFrom('patient_contacted', 'adverse_event_recorded', 'no_action'), weight: 3 },
          ),
          note: hostile,
        }),
        fc.oneof(fc.constantFrom(...flagged), fc.integer(), hostile),
        fc.oneof(fc.constantFrom(basics.session), fc.integer(), hostile),
        async (form, checkInId, sessionId) => {
          expectHandled(await checkInActions.recordCheckInHandlingAction(checkInId, {}, toForm(form)));
          expectHandled(await linkActions.createCheckInLinkAction({}, toForm({ id: String(sessionId), email: 'no' })));
        },
      ),
      { numRuns: RUNS },
    );
    const invalid = temp.db().all(sql`
      select k.id from check_ins k where (k.handled_at is not null and (k.red_flag = 0 or k.handling not in ('patient_contacted', 'adverse_event_recorded', 'no_action')
        or length(coalesce(k.handling_note, '')) > 1000 or k.handled_by <> ${basics.user}))
        or (k.handling = 'adverse_event_recorded' and not exists (select 1 from adverse_events a where a.session_id = k.session_id))`);
    expect(invalid).toEqual([]);
    expect(temp.db().get<{ n: number }>(sql`select count(*) as n from check_ins where handled_at is not null`)!.n).toBeGreaterThan(0);
  });

  it(`check-in answers: ${RUNS} hostile payloads are refused whole or saved whole`, () => {
    let token = checkInToken();
    let saved = 0;
    const yesNo = fc.oneof({ arbitrary: anyValue, weight: 1 }, { arbitrary: fc.boolean(), weight: 8 });
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue,
          fc.record({
            pain: fc.oneof({ arbitrary: anyValue, weight: 1 }, { arbitrary: fc.constantFrom('better', 'same', 'worse', 'much_worse'), weight: 8 }),
            spreadingRedness: yesNo,
            fever: yesNo,
            breathlessChestPain: yesNo,
            posturalHeadache: yesNo,
            numbnessWeakness: yesNo,
          }),
        ),
        (payload) => {
          expect(() => checkInAnswerSchema.safeParse(payload)).not.toThrow();
          try {
            submitLinkAnswers(temp.db(), token, payload, null);
            saved++;
            token = checkInToken();
          } catch (error) {
            expect(isAppError(error)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(saved).toBeGreaterThan(10);
    const bad = temp.db().all(sql`
      select k.id from check_ins k where k.id > ${Math.max(...flagged)} and (k.pain not in ('better', 'same', 'worse', 'much_worse')
        or k.red_flag <> (k.pain = 'much_worse' or k.spreading_redness or k.fever or k.breathless_chest_pain or k.postural_headache or k.numbness_weakness)
        or not exists (select 1 from patient_links l where l.id = k.link_id and l.used_at is not null and l.session_id = k.session_id))`);
    expect(bad).toEqual([]);
  });
});
