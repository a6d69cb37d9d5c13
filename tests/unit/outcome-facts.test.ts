import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { isAppError } from '@/lib/errors';
import { sessionsToResponse, isResponder } from '@/lib/domain/outcome-rules';
import { OUTCOME_SETTINGS, type OutcomeSettings } from '@/lib/domain/settings';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createSession, updateSession, deleteSession } = await import('@/lib/sessions');
const { rebuildAllCourseFacts } = await import('@/lib/outcomes/facts');
const { withCohort } = await import('@/lib/outcomes/cohort-table');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

let courses: number[] = [];
let user = 0;
const actor = () => ({ id: user, role: 'specialist' as const, name: 'A', email: 'a@test' });

beforeAll(() => {
  const first = insertBasics(temp.db().$client);
  user = first.user;
  courses = [first.course, insertBasics(temp.db().$client, user).course, insertBasics(temp.db().$client, user).course];
  // The courses above were written around the app (as the migration's backfill finds existing data).
  rebuildAllCourseFacts(temp.db());
});

const TABLES = ['outcome_session_facts', 'outcome_course_facts', 'outcome_pain_lows'];
const snapshot = () => Object.fromEntries(TABLES.map((t) => [t, temp.db().$client.prepare(`select * from ${t} order by 1, 2`).all()]));

const sessionInput = fc.record({
  sessionDate: fc.constantFrom('2026-01-05', '2026-02-02', '2026-02-02', '2026-03-02', '2026-04-06'),
  pain: fc.integer({ min: 0, max: 10 }),
  mobility: fc.integer({ min: 0, max: 10 }),
  sleep: fc.integer({ min: 0, max: 10 }),
  ultrasoundGuided: fc.boolean(),
  needling: fc.boolean(),
  adverseEvents: fc.constantFrom(
    [],
    [],
    [
      {
        type: 'vasovagal',
        description: 'Felt faint',
        severity: 'mild',
        serious: false,
        onsetDate: '2026-04-06',
        resolutionDate: null,
        actionTaken: null,
      },
    ],
  ),
  notes: fc.constant(''),
  sites: fc
    .subarray(['knee.mcl', 'knee.coronary_medial'])
    .chain((codes) =>
      fc
        .tuple(...codes.map(() => fc.integer({ min: 1, max: 5 })))
        .map((counts) =>
          codes.map((siteCode, i) => ({ siteCode, side: 'left', injectionCount: counts[i], dextrosePct: 15, anaesthetic: null, volumeMl: 1 })),
        ),
    ),
});
const operation = fc.record({ kind: fc.constantFrom('create', 'create', 'update', 'delete'), course: fc.nat(), pick: fc.nat(), input: sessionInput });
// A follow-up written around the app (as a patient's answer, or a test fixture, writes it): answered, re-answered,
// unanswered or removed; same-day answers make ties.
const followUpChange = fc.record({
  kind: fc.constantFrom('answer', 'answer', 'unanswer', 'delete'),
  course: fc.nat(),
  timePoint: fc.constantFrom('w6', 'm3', 'm6', 'm12'),
  answeredAt: fc.constantFrom('2026-02-01T10:00:00.000Z', '2026-03-02T09:00:00.000Z', '2026-05-01T10:00:00.000Z'),
  pain: fc.integer({ min: 0, max: 10 }),
});
interface FollowUpChange {
  kind: 'answer' | 'unanswer' | 'delete';
  timePoint: string;
  answeredAt: string;
  pain: number;
}

function changeFollowUp(change: FollowUpChange, courseId: number) {
  const sqlite = temp.db().$client;
  if (change.kind === 'delete') {
    sqlite.prepare('delete from follow_ups where course_id = ? and time_point = ?').run(courseId, change.timePoint);
    return;
  }
  const answer = change.kind === 'answer' ? [change.answeredAt, change.pain, 5, 5, 3] : [null, null, null, null, null];
  sqlite
    .prepare(
      `insert into follow_ups (course_id, time_point, due_date, window_start, window_end, answered_at, pain, mobility, sleep,
      global_impression, created_at, updated_at)
    values (?, ?, '2026-03-01', '2026-02-01', '2026-04-01', ?, ?, ?, ?, ?, 'x', 'x')
    on conflict (course_id, time_point) do update set answered_at = excluded.answered_at, pain = excluded.pain,
      mobility = excluded.mobility, sleep = excluded.sleep, global_impression = excluded.global_impression`,
    )
    .run(courseId, change.timePoint, ...answer);
}

const SETTINGS: OutcomeSettings[] = [
  OUTCOME_SETTINGS,
  { ...OUTCOME_SETTINGS, responderAbsoluteReduction: 3, responderRelativeReduction: 0.5 } as unknown as OutcomeSettings,
  { ...OUTCOME_SETTINGS, responderAbsoluteReduction: 1, responderRelativeReduction: 0.1 } as unknown as OutcomeSettings,
  { ...OUTCOME_SETTINGS, responderMinBaseline: 1, responderAbsoluteReduction: 1, responderRelativeReduction: 0.7 } as unknown as OutcomeSettings,
  { ...OUTCOME_SETTINGS, responderMinBaseline: 8 } as unknown as OutcomeSettings,
];

describe('outcome facts', () => {
  it('equal a recomputation from scratch after any sequence of session creates, updates and deletes and follow-up changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(operation, followUpChange), { minLength: 1, maxLength: 12 }), async (ops) => {
        actAs(actor());
        for (const op of ops) {
          const courseId = courses[op.course % courses.length];
          if ('timePoint' in op) {
            changeFollowUp(op, courseId);
            continue;
          }
          const ids = temp
            .db()
            .$client.prepare('select id from treatment_sessions where course_id = ? order by id')
            .pluck()
            .all(courseId) as number[];
          if (op.kind === 'create' || ids.length === 0) await createSession(courseId, op.input);
          else if (op.kind === 'update') await updateSession(ids[op.pick % ids.length], op.input);
          // A session with an adverse event attributed to it cannot be deleted (the refusal changes nothing).
          else
            await deleteSession(ids[op.pick % ids.length]).catch((e) => {
              if (!(isAppError(e) && e.code === 'conflict')) throw e;
            });
        }
        const maintained = snapshot();
        rebuildAllCourseFacts(temp.db());
        expect(maintained).toEqual(snapshot());
        expect(maintained.outcome_course_facts.length).toBe(
          (temp.db().$client.prepare('select count(distinct course_id) as n from treatment_sessions').get() as { n: number }).n,
        );
      }),
      { numRuns: 30 },
    );
  });

  it('give the pure rule’s responders and sessions to response for other thresholds without a rebuild', () => {
    const rows = temp
      .db()
      .$client.prepare('select course_id as courseId, session_date as sessionDate, pain from treatment_sessions order by course_id, session_date, id')
      .all() as { courseId: number; sessionDate: string; pain: number | null }[];
    for (const settings of SETTINGS) {
      const facts = withCohort(
        actor(),
        {},
        (db) =>
          db.all<{ courseId: number; responder: number | null; toResponse: number | null }>(
            sql`select course_id as "courseId", responder, sessions_to_response as "toResponse" from oc_facts order by course_id`,
          ),
        settings,
      );
      expect(facts.length).toBeGreaterThan(0);
      for (const f of facts) {
        const list = rows.filter((r) => r.courseId === f.courseId);
        const responder = isResponder(list, settings);
        expect([f.responder, f.toResponse]).toEqual([responder == null ? null : responder ? 1 : 0, sessionsToResponse(list, settings)]);
      }
    }
  });

  it('are filled by the migration for a database that already holds sessions', () => {
    const expected = snapshot();
    const sqlite = temp.db().$client;
    for (const t of TABLES) sqlite.prepare(`delete from ${t}`).run();
    // 0004 filled the facts; 0010 recounts adverse events from the adverse_events table that replaced the session field;
    // 0023 adds each course's candidate follow-up.
    const backfill = ['0004_course_facts_backfill', '0013_adverse_event_facts', '0023_course_facts_follow_up_backfill'].flatMap((name) =>
      readFileSync(`db/migrations/${name}.sql`, 'utf8').split('--> statement-breakpoint'),
    );
    for (const statement of backfill) sqlite.exec(statement);
    expect(snapshot()).toEqual(expected);
    expect(expected.outcome_pain_lows.length).toBeGreaterThan(0);
    expect(expected.outcome_course_facts.some((f) => (f as { follow_up_point: string | null }).follow_up_point != null)).toBe(true);
  });

  it('keep the follow-up the primary outcome is judged at: the primary time point when answered, else the latest', () => {
    const courseId = courses[0];
    const candidate = () =>
      temp
        .db()
        .$client.prepare(
          'select follow_up_point as point, follow_up_date as date, follow_up_pain as pain from outcome_course_facts where course_id = ?',
        )
        .get(courseId);
    const change = (kind: FollowUpChange['kind'], timePoint: string, answeredAt: string, pain: number) =>
      changeFollowUp({ kind, timePoint, answeredAt, pain }, courseId);
    for (const point of ['w6', 'm3', 'm6', 'm12']) change('delete', point, '', 0);
    expect(candidate()).toEqual({ point: null, date: null, pain: null });
    change('answer', 'w6', '2026-02-01T10:00:00.000Z', 6);
    change('answer', 'm6', '2026-05-01T10:00:00.000Z', 4);
    expect(candidate()).toEqual({ point: 'm6', date: '2026-05-01', pain: 4 });
    change('answer', 'm3', '2026-03-02T09:00:00.000Z', 3);
    expect(candidate()).toEqual({ point: 'm3', date: '2026-03-02', pain: 3 });
    change('unanswer', 'm3', '', 0);
    expect(candidate()).toEqual({ point: 'm6', date: '2026-05-01', pain: 4 });
    change('delete', 'm6', '', 0);
    expect(candidate()).toEqual({ point: 'w6', date: '2026-02-01', pain: 6 });
  });
});
