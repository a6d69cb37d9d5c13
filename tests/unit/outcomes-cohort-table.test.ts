import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { actAs, type Actor } from './support/mock-actor';
import { seedDemoClinic } from '@/lib/demo/seed';
import { isResponder, sessionsToResponse } from '@/lib/domain/outcome-rules';
import { withCohort } from '@/lib/outcomes/cohort-table';
import { getOutcomeDashboard } from '@/lib/outcomes/dashboard';
import { exportOutcomesCsv } from '@/lib/outcomes/export';
import { getOutcomeSummary } from '@/lib/outcomes/summary';
import { readGroups } from '@/lib/outcomes/groups';
import { readSessionSeries, readTimeToResponse } from '@/lib/outcomes/series';
import type { OutcomeFilters } from '@/lib/outcomes/filters';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const TODAY = '2026-11-29';
const temp = useTempDatabase();
const manager: Actor = { id: 4, role: 'manager', name: 'Helen Marsh', email: 'manager@prolotrack.test' };
let specialist: Actor;

beforeAll(async () => {
  process.env.EXPORT_KEY = 'cohort-test-secret';
  await seedDemoClinic(temp.db().$client, { today: TODAY });
  specialist = temp.db().$client.prepare(`select id, role, name, email from users where email = 'specialist@prolotrack.test'`).get() as Actor;
});
afterAll(() => temp.cleanup());

const FILTER_SETS: OutcomeFilters[] = [{}, { from: '2026-03-01', to: '2026-08-31' }, { condition: 'knee_pain' }, { status: 'discontinued' }];

interface CourseRow {
  id: number;
  specialistId: number;
  condition: string;
  status: string;
}
interface SessionRow {
  courseId: number;
  sessionDate: string;
  pain: number | null;
}

// The per-course facts of the cohort, recomputed from the sessions with the pure rules, next to the cohort tables.
function bothForms(actor: Actor, filters: OutcomeFilters) {
  const sqlite = temp.db().$client;
  const courses = sqlite.prepare('select id, specialist_id as specialistId, condition, status from courses order by id').all() as CourseRow[];
  const sessions = sqlite
    .prepare('select course_id as courseId, session_date as sessionDate, pain from treatment_sessions order by course_id, session_date, id')
    .all() as SessionRow[];
  const specialistId = actor.role === 'specialist' ? actor.id : filters.specialist;
  const inPeriod = (date: string) => (!filters.from || date >= filters.from) && (!filters.to || date <= filters.to);
  const fromScratch = courses
    .filter((c) => specialistId == null || c.specialistId === specialistId)
    .filter((c) => (!filters.condition || c.condition === filters.condition) && (!filters.status || c.status === filters.status))
    .map((c) => ({ id: c.id, list: sessions.filter((s) => s.courseId === c.id) }))
    .filter(({ list }) => list.some((s) => inPeriod(s.sessionDate)))
    .map(({ id, list }) => {
      const scored = list.flatMap((s, i) => (s.pain == null ? [] : [{ pain: s.pain, k: i + 1 }]));
      const responder = isResponder(list);
      return {
        course_id: id,
        sessions: list.length,
        baseline_pain: scored[0]?.pain ?? null,
        last_pain_k: scored.at(-1)?.k ?? null,
        pain_change: scored.length >= 2 ? scored.at(-1)!.pain - scored[0].pain : null,
        responder: responder == null ? null : responder ? 1 : 0,
        sessions_to_response: sessionsToResponse(list),
      };
    });
  const viaTables = withCohort(actor, filters, (db) =>
    db.all(sql`select course_id, sessions, pain0 as baseline_pain, pain_k1 as last_pain_k, pain_change, responder, sessions_to_response
               from oc_facts order by course_id`),
  );
  return { fromScratch, viaTables };
}

describe('the cohort tables', () => {
  it.each(FILTER_SETS)('hold the per-course facts recomputed from the sessions (%o)', (filters) => {
    for (const actor of [manager, specialist]) {
      const { fromScratch, viaTables } = bothForms(actor, filters);
      expect(viaTables).toEqual(fromScratch);
    }
    expect(bothForms(manager, {}).viaTables.length).toBeGreaterThan(100);
  });

  it('are dropped afterwards, also when the read fails', () => {
    expect(() =>
      withCohort(manager, {}, () => {
        throw new Error('read failed');
      }),
    ).toThrow('read failed');
    const left = temp.db().$client.prepare(`select name from sqlite_temp_master where type = 'table'`).all();
    expect(left).toEqual([]);
  });
});

describe('the dashboard', () => {
  it.each(FILTER_SETS)('returns what each part computed on its own cohort returns (%o)', async (filters) => {
    for (const actor of [manager, specialist]) {
      actAs(actor);
      const dashboard = await getOutcomeDashboard(filters, TODAY);
      expect(dashboard.summary).toEqual(await getOutcomeSummary(filters, TODAY));
      expect(dashboard.series).toEqual(withCohort(actor, filters, readSessionSeries));
      expect(dashboard.curve).toEqual(withCohort(actor, filters, readTimeToResponse));
      expect(dashboard.byCondition).toEqual(withCohort(actor, filters, (db) => readGroups(db, 'condition')));
      expect(dashboard.bySpecialist).toEqual(actor.role === 'specialist' ? [] : withCohort(actor, filters, (db) => readGroups(db, 'specialist')));
    }
  });

  it.each(FILTER_SETS)('counts the courses the export lists (%o)', async (filters) => {
    actAs(manager);
    const dashboard = await getOutcomeDashboard(filters, TODAY);
    const exported = await exportOutcomesCsv('courses', filters);
    expect(exported.rows).toBe(dashboard.summary.courses);
  });

  it('limits a specialist to their own courses', async () => {
    actAs(specialist);
    const own = await getOutcomeDashboard({}, TODAY);
    actAs(manager);
    const theirs = await getOutcomeDashboard({ specialist: specialist.id }, TODAY);
    const all = await getOutcomeDashboard({}, TODAY);
    expect(own.summary).toEqual(theirs.summary);
    expect(own.summary.courses).toBeGreaterThan(0);
    expect(own.summary.courses).toBeLessThan(all.summary.courses);
  });
});
