import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { pdfText } from './support/pdf-text';
import { seedDemoClinic } from '@/lib/demo/seed';
import { headlineFigures } from '@/lib/outcomes/headline';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';
import { describePeriod } from '@/lib/outcomes/describe-filters';
import { formatPercent } from '@/lib/outcomes/format';
import type { OutcomeFilters } from '@/lib/outcomes/filters';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { getOutcomeDashboard } = await import('@/lib/outcomes/dashboard');
const { createOutcomesReport } = await import('@/lib/reports/outcomes-report');

const TODAY = '2026-11-29';
const temp = useTempDatabase();
afterAll(() => temp.cleanup());

type ActorRow = Parameters<typeof actAs>[0];
const user = (email: string) => temp.db().$client.prepare(`select id, role, name, email from users where email = ?`).get(email) as ActorRow;

beforeAll(async () => {
  await seedDemoClinic(temp.db().$client, { today: TODAY });
});

const CASES: [string, OutcomeFilters][] = [
  ['all courses', {}],
  ['knee pain since March', { condition: 'knee_pain', from: '2026-03-01' }],
];

describe.each(CASES)('the outcomes report for %s', (_name, filters) => {
  let text: string;
  let dashboard: Awaited<ReturnType<typeof getOutcomeDashboard>>;
  beforeAll(async () => {
    actAs(user('manager@prolotrack.test'));
    dashboard = await getOutcomeDashboard(filters, TODAY);
    ({ text } = await pdfText((await createOutcomesReport(filters, TODAY)).pdf));
  }, 60_000);

  it('shows every headline figure the outcomes page shows, with its n', () => {
    expect(dashboard.summary.courses).toBeGreaterThan(0);
    for (const f of headlineFigures(dashboard.summary, describePeriod(filters), OUTCOME_SETTINGS)) {
      expect(text).toContain(`${f.label} ${f.value} ${f.hint}`);
    }
  });

  it('has the dashboard’s follow-up completion at every time point', () => {
    expect(dashboard.followUps.length).toBe(4);
    for (const f of dashboard.followUps) expect(text).toContain(`(${f.completion.count} of ${f.completion.n})`);
  });

  it('has the dashboard’s rows by condition and by specialist, small groups flagged', () => {
    for (const g of [...dashboard.byCondition, ...dashboard.bySpecialist]) {
      expect(text).toContain(
        `${g.label}${g.small ? ' too few to judge' : ''} ${g.courses} ${formatPercent(g.responderRate)} (${g.responders}/${g.assessable})`,
      );
    }
  });

  it('names no patient and no record number', () => {
    const patients = temp
      .db()
      .all<{ mrn: string; given: string; family: string }>(sql`select mrn, given_name as given, family_name as family from patients`);
    for (const p of patients) {
      expect(text).not.toContain(p.mrn);
      expect(text).not.toContain(`${p.given} ${p.family}`);
    }
    expect(text).toMatch(/Rules in force: responder = pain −2 points and −30 % from baseline/);
    expect(text).toContain('Report generated ');
  });
});

describe('who gets the outcomes report', () => {
  it('is for managers and admins, and each report is audited', async () => {
    actAs(user('specialist@prolotrack.test'));
    await expect(createOutcomesReport({}, TODAY)).rejects.toMatchObject({ code: 'forbidden' });
    actAs(user('admin@prolotrack.test'));
    const { sha256 } = await createOutcomesReport({ status: 'completed' }, TODAY);
    const event = temp
      .db()
      .get<{ details: string }>(sql`select details from audit_events where action = 'report.outcomes' order by id desc limit 1`)!;
    expect(JSON.parse(event.details)).toMatchObject({ filters: 'status=completed', sha256, deidentified: true });
  });
});
