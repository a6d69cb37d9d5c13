import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import type { OutcomeFixture } from './support/outcome-fixture';
import { insertSafetyFixture, PLANTED_TEXT } from './support/safety-fixture';
import { exportOutcomesCsv } from '@/lib/outcomes/export';
import { pseudonymKey } from '@/lib/outcomes/pseudonym';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';
import { POST } from '@/app/api/exports/adverse-events/route';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const SECRET = 'safety-export-secret';
const HEADER = [
  'patient_key',
  'course_key',
  'specialist_key',
  'condition',
  'region',
  'session_number',
  'session_day',
  'session_injections',
  'type',
  'severity',
  'serious',
  'onset_day',
  'resolution_day',
  'status',
  'days_to_resolution',
];
const temp = useTempDatabase();
const settings = OUTCOME_SETTINGS as { minGroupSize: number };
const originalMinGroup = settings.minGroupSize;
let fx: OutcomeFixture;

beforeAll(() => {
  process.env.EXPORT_KEY = SECRET;
  fx = insertSafetyFixture(temp.db().$client);
});
afterAll(() => temp.cleanup());

const manager = () => actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
const post = (body: string, origin = 'http://localhost') =>
  new Request('http://localhost/api/exports/adverse-events', {
    method: 'POST',
    headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded', origin },
    body,
  });

describe('adverse events export', () => {
  it('one row per event of the cohort, coded fields only, days since course start, pseudonymous keys', async () => {
    manager();
    const { csv, rows, filename } = await exportOutcomesCsv('adverse-events', {});
    expect(filename).toBe('prolotrack-adverse-events.csv');
    const [header, ...lines] = csv
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(header).toEqual(HEADER);
    expect(rows).toBe(7);
    const col = (name: string) => header.indexOf(name);
    const pneumothorax = lines.find((l) => l[col('type')] === 'pneumothorax')!;
    expect(pneumothorax[col('patient_key')]).toBe(pseudonymKey('patient', fx.patients[4], SECRET));
    expect(pneumothorax[col('specialist_key')]).toBe(pseudonymKey('specialist', fx.users.B, SECRET));
    // C6 starts 03-04 with this session; resolved 03-18
    expect(HEADER.slice(3).map((h) => pneumothorax[col(h)])).toEqual([
      'shoulder',
      'shoulder',
      '1',
      '0',
      '6',
      'pneumothorax',
      'severe',
      'yes',
      '0',
      '14',
      'resolved',
      '14',
    ]);
    const dural = lines.find((l) => l[col('type')] === 'dural_puncture')!;
    expect(HEADER.slice(11).map((h) => dural[col(h)])).toEqual(['1', '', 'ongoing', '']);
  });

  it('carries no free text and no identifier', async () => {
    manager();
    const { csv } = await exportOutcomesCsv('adverse-events', {});
    for (const forbidden of [PLANTED_TEXT, 'PLANTED', 'faint', 'Ada', 'Lovelace', 'MRN-', '@example', '+44', 'Dr A', 'Dr B', '2026-', '1970']) {
      expect(csv).not.toContain(forbidden);
    }
    const header = csv.split('\n')[0].split(',');
    expect(header.filter((h) => /description|action|name|mrn|birth|date|_id$/.test(h))).toEqual([]);
  });

  it('the date range keeps events of sessions inside it', async () => {
    manager();
    // March sessions: C1 03-01 (2 events), C2 03-02 (1), C6 03-04 (1); 3 courses, so the smallest group is lowered.
    settings.minGroupSize = 3;
    try {
      const march = await exportOutcomesCsv('adverse-events', { from: '2026-03-01', to: '2026-03-31' });
      expect(march.rows).toBe(4);
    } finally {
      settings.minGroupSize = originalMinGroup;
    }
  });

  it('the route: specialists 403, a foreign Origin 403, too few courses 422, managers a CSV', async () => {
    actAs({ id: fx.users.A, role: 'specialist', name: 'Dr A', email: 'a@test' });
    expect((await POST(post(''))).status).toBe(403);
    manager();
    expect((await POST(post('', 'https://evil.test'))).status).toBe(403);
    expect((await POST(post('condition=low_back_pain'))).status).toBe(422);
    const ok = await POST(post('status=&from=2026-01-01'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toBe('attachment; filename="prolotrack-adverse-events.csv"');
    expect((await ok.text()).split('\n')[0]).toBe(HEADER.join(','));
  });

  it('the route under hostile filter bodies answers 200 with the CSV or a 4xx, never a crash or stray text', async () => {
    manager();
    const value = fc.oneof(
      fc.constantFrom(
        "'; drop table adverse_events; --",
        '2026-02-30',
        '9999-99-99',
        '-1',
        '1e309',
        'NaN',
        '__proto__',
        '',
        'knee_pain',
        '2026-03-01',
      ),
      fc.string({ maxLength: 40 }),
    );
    const body = fc.dictionary(fc.constantFrom('from', 'to', 'condition', 'specialist', 'status', 'type', 'x'), value);
    await fc.assert(
      fc.asyncProperty(body, async (fields) => {
        const res = await POST(post(new URLSearchParams(fields).toString()));
        const text = await res.text();
        expect([200, 422]).toContain(res.status);
        if (res.status === 200) expect(text.split('\n')[0]).toBe(HEADER.join(','));
        expect(text).not.toContain(PLANTED_TEXT);
      }),
      { numRuns: 200 },
    );
    expect(temp.db().$client.prepare(`select count(*) as n from adverse_events`).get()).toEqual({ n: 7 });
  });
});
