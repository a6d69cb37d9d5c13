import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { actAs, type Actor } from './support/mock-actor';
import { seedDemoClinic } from '@/lib/demo/seed';
import { cohortCtes } from '@/lib/outcomes/cohort-sql';
import { withCohort } from '@/lib/outcomes/cohort-table';
import { getOutcomeDashboard } from '@/lib/outcomes/dashboard';
import { getOutcomeSummary } from '@/lib/outcomes/summary';
import { getOutcomeGroups } from '@/lib/outcomes/groups';
import { getSessionSeries, getTimeToResponse } from '@/lib/outcomes/series';
import type { OutcomeFilters } from '@/lib/outcomes/filters';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const TODAY = '2026-11-29';
const temp = useTempDatabase();
const manager: Actor = { id: 4, role: 'manager', name: 'Helen Marsh', email: 'manager@prolotrack.test' };
let specialist: Actor;

beforeAll(async () => {
  await seedDemoClinic(temp.db().$client, { today: TODAY });
  specialist = temp.db().$client.prepare(`select id, role, name, email from users where email = 'specialist@prolotrack.test'`).get() as Actor;
});
afterAll(() => temp.cleanup());

const FILTER_SETS: OutcomeFilters[] = [{}, { from: '2026-03-01', to: '2026-08-31' }, { condition: 'knee_pain' }, { status: 'discontinued' }];

// The per-course facts of the cohort tables, next to the same facts from the CTE form (used by the export).
function bothForms(actor: Actor, filters: OutcomeFilters) {
  const viaCtes = temp.db().all(sql`${cohortCtes(actor, filters)}
    select course_id, sessions, baseline_pain, last_pain_k, pain_change, responder, sessions_to_response
    from course_facts order by course_id`);
  const viaTables = withCohort(actor, filters, (db) =>
    db.all(sql`select course_id, sessions, pain0 as baseline_pain, pain_k1 as last_pain_k, pain_change, responder, sessions_to_response
               from oc_facts order by course_id`),
  );
  return { viaCtes, viaTables };
}

describe('the cohort tables', () => {
  it.each(FILTER_SETS)('hold the same per-course facts as the cohort CTEs (%o)', (filters) => {
    for (const actor of [manager, specialist]) {
      const { viaCtes, viaTables } = bothForms(actor, filters);
      expect(viaTables).toEqual(viaCtes);
    }
    expect(bothForms(manager, {}).viaTables.length).toBeGreaterThan(100);
  });

  it('are dropped afterwards, also when the read fails', () => {
    expect(() => withCohort(manager, {}, () => { throw new Error('read failed'); })).toThrow('read failed');
    const left = temp.db().$client.prepare(`select name from sqlite_temp_master where type = 'table'`).all();
    expect(left).toEqual([]);
  });
});

describe('the dashboard', () => {
  it.each(FILTER_SETS)('returns what the single getters return (%o)', async (filters) => {
    for (const actor of [manager, specialist]) {
      actAs(actor);
      const dashboard = await getOutcomeDashboard(filters, TODAY);
      expect(dashboard.summary).toEqual(await getOutcomeSummary(filters, TODAY));
      expect(dashboard.series).toEqual(await getSessionSeries(filters));
      expect(dashboard.curve).toEqual(await getTimeToResponse(filters));
      expect(dashboard.byCondition).toEqual(await getOutcomeGroups(filters, 'condition'));
      expect(dashboard.bySpecialist).toEqual(actor.role === 'specialist' ? [] : await getOutcomeGroups(filters, 'specialist'));
    }
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
