// Times the PDFs on a bench clinic (DATABASE_PATH): a six-session progress letter and a full outcomes report,
// each through the data layer as the app runs it. Run by bench/reports.ts; writes BENCH_REPORTS_OUT (JSON).
import { writeFileSync } from 'node:fs';
import { it, vi } from 'vitest';
import { actAs, type Actor } from '../tests/unit/support/mock-actor';
import { medianMs } from './timing';

vi.mock('@/lib/auth/actor', () => import('../tests/unit/support/mock-actor'));

export interface ReportTiming {
  what: string;
  ms: number;
  targetMs: number;
  bytes: number;
}

it('times a six-session letter and a full outcomes report', async () => {
  const { getDb } = await import('../db');
  const { generateLetter } = await import('../lib/reports/letters');
  const { createOutcomesReport } = await import('../lib/reports/outcomes-report');
  const { BENCH_TODAY } = await import('./clinics');
  const sqlite = getDb().$client;
  const user = (email: string) => sqlite.prepare(`select id, role, name, email from users where email = ?`).get(email) as Actor;
  const specialist = user('specialist@prolotrack.test');
  const course = sqlite
    .prepare(
      `select c.id from courses c join treatment_sessions s on s.course_id = c.id
       where c.specialist_id = ? and c.referrer_id is not null group by c.id having count(*) = 6 order by c.id limit 1`,
    )
    .get(specialist.id) as { id: number };
  const plan = 'Continue the home exercise programme. Review in three months, sooner if pain returns.';

  actAs(specialist);
  let letterBytes = 0;
  const letterMs = await medianMs(
    async () => {
      const { id } = await generateLetter(course.id, { plan });
      letterBytes = (sqlite.prepare(`select byte_length as n from letters where id = ?`).get(id) as { n: number }).n;
    },
    { warmup: 2, minMs: 5000, maxRuns: 30 },
  );

  actAs(user('manager@prolotrack.test'));
  let reportBytes = 0;
  const reportMs = await medianMs(
    async () => {
      reportBytes = (await createOutcomesReport({}, BENCH_TODAY)).pdf.byteLength;
    },
    { warmup: 1, minMs: 5000, maxRuns: 10 },
  );

  const timings: ReportTiming[] = [
    { what: 'progress letter, 6-session course (render, hash, store, audit)', ms: letterMs, targetMs: 1000, bytes: letterBytes },
    { what: 'outcomes report, all courses (dashboard, render, audit)', ms: reportMs, targetMs: 3000, bytes: reportBytes },
  ];
  writeFileSync(process.env.BENCH_REPORTS_OUT as string, JSON.stringify(timings));
});
