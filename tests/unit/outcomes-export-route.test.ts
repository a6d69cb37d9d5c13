import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertOutcomeFixture, type OutcomeFixture } from './support/outcome-fixture';
import { POST as coursesPost } from '@/app/api/exports/courses/route';
import { POST as sessionsPost } from '@/app/api/exports/sessions/route';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const temp = useTempDatabase();
let fx: OutcomeFixture;
/** The export forms post their filters as a form body. */
const url = (pathAndQuery: string) => {
  const [path, query = ''] = pathAndQuery.split('?');
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: query,
  });
};
const settings = OUTCOME_SETTINGS as { minGroupSize: number };
const originalMinGroup = settings.minGroupSize;
const audits = () =>
  temp.db().$client.prepare(`select entity, user_id as userId, outcome from audit_events where action = 'export' order by id`).all();

beforeAll(() => {
  process.env.EXPORT_KEY = 'route-test-secret';
  settings.minGroupSize = 2; // the completed courses below are 2
  fx = insertOutcomeFixture(temp.db().$client);
});
afterAll(() => {
  settings.minGroupSize = originalMinGroup;
  temp.cleanup();
});

describe('export route handlers', () => {
  it('answer 401 to anonymous callers with no data and no audit row', async () => {
    actAs(null);
    const res = await coursesPost(url('/api/exports/courses'));
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('patient_key');
    expect(audits()).toEqual([]);
  });

  it('answer 403 to specialists and record the refusal', async () => {
    actAs({ id: fx.users.A, role: 'specialist', name: 'Dr A', email: 'a@test' });
    const res = await sessionsPost(url('/api/exports/sessions'));
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('patient_key');
    expect(audits()).toEqual([{ entity: 'sessions', userId: fx.users.A, outcome: 'denied' }]);
  });

  it('reject invalid filters with 422', async () => {
    actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
    const res = await coursesPost(url('/api/exports/courses?from=yesterday'));
    expect(res.status).toBe(422);
  });

  it('send managers a CSV attachment for the filters in the form', async () => {
    actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
    const res = await coursesPost(url('/api/exports/courses?status=completed'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="prolotrack-courses.csv"');
    const lines = (await res.text()).trim().split('\n');
    expect(lines).toHaveLength(3); // header + C1 + C6
    expect(audits().at(-1)).toEqual({ entity: 'courses', userId: fx.users.manager, outcome: 'success' });
  });
});
