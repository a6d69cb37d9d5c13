import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { signedIn } from './support/session-cookies';
import { insertBasics } from './support/fixtures';
import { patientInputSchema } from '@/lib/validation/patient';
import { courseCloseSchema, courseInputSchema } from '@/lib/validation/course';
import type { FormState } from '@/lib/validation/form-errors';

vi.mock('next/headers', () => import('./support/session-cookies'));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const patientActions = await import('@/lib/actions/patient-actions');
const courseActions = await import('@/lib/actions/course-actions');
const sessionActions = await import('@/lib/actions/session-actions');
const adverseEventActions = await import('@/lib/actions/adverse-event-actions');
const consentActions = await import('@/lib/actions/consent-actions');

const RUNS = 2000;
const temp = useTempDatabase();
afterAll(() => temp.cleanup());
let basics: ReturnType<typeof insertBasics>;
beforeAll(() => {
  basics = insertBasics(temp.db().$client);
  signedIn.userId = basics.user;
});

const hostile = fc.oneof(
  fc.constantFrom(
    "'; drop table patients; --",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\u202e',
    'NaN',
    '-1',
    '1e309',
    '2026-02-30',
    '0000-00-00',
    '2999-01-01',
    '1850-01-01',
    'knee_pain',
    'knee',
    'left',
    'bilateral',
    'completed',
    'female',
    '',
    ' ',
    '4',
    '13',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 3000 }),
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
const formOf = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, hostile])) as Record<string, typeof hostile>);
const toForm = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

/** Runs an action; a redirect (its success path) counts as saved. */
async function run(call: () => Promise<FormState>): Promise<FormState> {
  try {
    return await call();
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) return { ok: true };
    throw error;
  }
}

function expectHandled(state: FormState) {
  expect(state.ok || state.message).toBeTruthy();
  expect(state.message ?? '').not.toMatch(/Something went wrong/);
}

describe('clinical input schemas under fuzz', () => {
  for (const [name, schema] of Object.entries({ patientInputSchema, courseInputSchema, courseCloseSchema })) {
    it(`${name}: ${RUNS} random and hostile inputs never throw`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            anyValue,
            fc.dictionary(
              fc.constantFrom(
                'mrn',
                'givenName',
                'dateOfBirth',
                'sex',
                'condition',
                'region',
                'side',
                'startDate',
                'plannedSessions',
                'intervalWeeks',
                'status',
                'endDate',
                'endReason',
              ),
              anyValue,
            ),
          ),
          (input) => {
            expect(() => schema.safeParse(input)).not.toThrow();
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});

describe('clinical server actions under fuzz', { timeout: 180_000 }, () => {
  it(`createPatientAction and updatePatientAction: ${RUNS} hostile forms, nothing invalid stored`, async () => {
    const keys = ['mrn', 'givenName', 'familyName', 'dateOfBirth', 'sex', 'phone', 'email', 'weightKg'];
    await fc.assert(
      fc.asyncProperty(formOf(keys), formOf(keys), async (a, b) => {
        expectHandled(await run(() => patientActions.createPatientAction({}, toForm(a))));
        expectHandled(await run(() => patientActions.updatePatientAction(basics.patient, {}, toForm(b))));
      }),
      { numRuns: RUNS },
    );
    const invalid = temp.db().all(sql`
      select id from patients where date_of_birth >= date('now') or date(date_of_birth) is null or trim(given_name) = ''
        or trim(family_name) = '' or sex not in ('female', 'male', 'other', 'unknown') or mrn glob '*[^A-Za-z0-9-]*'
        or (weight_kg is not null and (typeof(weight_kg) not in ('real', 'integer') or weight_kg not between 2 and 400))`);
    expect(invalid).toEqual([]);
  });

  it(`createCourseAction, updateCourseNotesAction and closeCourseAction: ${RUNS} hostile forms each`, async () => {
    await fc.assert(
      fc.asyncProperty(
        formOf(['condition', 'region', 'side', 'startDate', 'plannedSessions', 'intervalWeeks', 'notes']),
        formOf(['notes']),
        formOf(['status', 'endDate', 'endReason']),
        fc.oneof(fc.constant(basics.patient), fc.integer()),
        async (course, notes, close, patientId) => {
          expectHandled(await run(() => courseActions.createCourseAction(patientId, {}, toForm(course))));
          expectHandled(await run(() => courseActions.updateCourseNotesAction(basics.course, {}, toForm(notes))));
          expectHandled(await run(() => courseActions.closeCourseAction(basics.course + 1000, {}, toForm(close))));
        },
      ),
      { numRuns: RUNS },
    );
    const invalid = temp.db().all(sql`
      select id from courses where interval_weeks not between 1 and 12 or planned_sessions not between 1 and 30
        or start_date > date('now') or date(start_date) is null or length(coalesce(notes, '')) > 2000`);
    expect(invalid).toEqual([]);
  });

  it(`recordAdverseEventAction, resolveAdverseEventAction and recordConsentAction: ${RUNS} hostile forms each`, async () => {
    const plausible = (values: Record<string, string[]>) =>
      fc.record(
        Object.fromEntries(
          Object.entries(values).map(([k, v]) => [k, fc.oneof({ arbitrary: hostile, weight: 1 }, { arbitrary: fc.constantFrom(...v), weight: 5 })]),
        ) as Record<string, typeof hostile>,
      );
    await fc.assert(
      fc.asyncProperty(
        plausible({
          sessionId: [String(basics.session), '0', '99999'],
          type: ['bruising', 'other', 'pneumothorax'],
          severity: ['mild', 'severe'],
          serious: ['on', ''],
          onsetDate: ['2026-01-05', '2026-01-01', '2099-01-01'],
          resolutionDate: ['', '2026-01-04', '2026-01-09'],
          description: [''],
          actionTaken: [''],
        }),
        plausible({ resolutionDate: ['2026-01-04', '2026-02-01', '2099-01-01'] }),
        plausible({ versionId: ['1', '2', '-1'], consentDate: ['2026-01-05', '2019-01-01', '2099-01-01'], witness: ['', 'Nurse'] }),
        fc.oneof(fc.constant(basics.course), fc.integer()),
        async (event, resolution, consent, courseId) => {
          expectHandled(await run(() => adverseEventActions.recordAdverseEventAction(courseId, {}, toForm(event))));
          const last = temp.db().$client.prepare('select max(id) as id from adverse_events').get() as { id: number | null };
          expectHandled(await run(() => adverseEventActions.resolveAdverseEventAction(last.id ?? 1, {}, toForm(resolution))));
          expectHandled(await run(() => consentActions.recordConsentAction(courseId, {}, toForm(consent))));
        },
      ),
      { numRuns: RUNS },
    );
    const invalid = temp.db().all(sql`
      select a.id from adverse_events a join treatment_sessions s on s.id = a.session_id
      where a.course_id <> s.course_id or a.onset_date < s.session_date or a.onset_date > date('now') or date(a.onset_date) is null
        or (a.resolution_date is not null and (a.resolution_date < a.onset_date or a.resolution_date > date('now')))
        or a.severity not in ('mild', 'moderate', 'severe') or (a.type = 'other' and trim(coalesce(a.description, '')) = '')
      union all
      select c.id from consents c join consent_form_versions v on v.id = c.version_id
      where c.consent_date > date('now') or c.consent_date < v.applies_from or date(c.consent_date) is null`);
    expect(invalid).toEqual([]);
    expect(temp.db().get<{ n: number }>(sql`select count(*) as n from adverse_events`)!.n).toBeGreaterThan(0);
  });

  it(`saveSessionAction: ${RUNS} hostile payloads, a session is saved whole or not at all`, async () => {
    const payload = fc.oneof(
      anyValue,
      fc.record({
        sessionDate: fc.oneof(hostile, fc.constantFrom('2026-01-10', '2026-02-01')),
        pain: fc.oneof(fc.integer({ min: -3, max: 13 }), hostile),
        mobility: fc.integer({ min: -3, max: 13 }),
        sleep: fc.integer({ min: 0, max: 10 }),
        ultrasoundGuided: fc.boolean(),
        needling: fc.oneof(fc.boolean(), hostile),
        adverseEvents: fc.oneof(
          hostile,
          fc.array(
            fc.record({
              type: fc.oneof(fc.constantFrom('bruising', 'pneumothorax', 'other'), hostile),
              description: fc.oneof(hostile, fc.constant(null)),
              severity: fc.oneof(fc.constantFrom('mild', 'severe'), hostile),
              serious: fc.oneof(fc.boolean(), hostile),
              onsetDate: fc.oneof(hostile, fc.constantFrom('2026-01-10', '2026-02-01', '2099-01-01')),
              resolutionDate: fc.oneof(hostile, fc.constantFrom('', '2026-01-05', '2026-02-03')),
              actionTaken: fc.oneof(hostile, fc.constant(null)),
            }),
            { maxLength: 2 },
          ),
        ),
        notes: hostile,
        sites: fc.array(
          fc.record({
            siteCode: fc.oneof(fc.constantFrom('knee.mcl', 'knee.lcl', 'lumbar.interspinous'), hostile),
            side: fc.constantFrom('left', 'right', 'midline'),
            injectionCount: fc.oneof(fc.integer({ min: -1, max: 22 }), hostile),
            dextrosePct: fc.oneof(fc.double({ min: -5, max: 80, noNaN: true }), fc.constant(null)),
            volumeMl: fc.oneof(fc.double({ min: -1, max: 60 }), fc.constant(null)),
          }),
          { maxLength: 4 },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (p) => {
        expectHandled(await run(() => sessionActions.saveSessionAction(basics.course, null, p)));
      }),
      { numRuns: RUNS },
    );
    const invalid = temp.db().all(sql`
      select s.id from treatment_sessions s where s.session_date > date('now') or s.pain not between 0 and 10
        or exists (select 1 from injections i where i.session_id = s.id and (i.injection_count not between 1 and 20 or i.site_code not like '%.%'))
        or exists (select 1 from adverse_events a where a.session_id = s.id and (a.onset_date < s.session_date or a.onset_date > date('now')
          or a.severity is null or (a.resolution_date is not null and a.resolution_date < a.onset_date)))`);
    expect(invalid).toEqual([]);
  });
});
