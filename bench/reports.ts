// npx tsx bench/reports.ts — PDF timings on a synthetic clinic (BENCH_REPORT_SESSIONS, default 100k sessions):
// a six-session progress letter and a full outcomes report. bench/run.ts runs the same on its 100k clinic.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { benchDir, buildClinic } from './clinics';
import type { ReportTiming } from './reports-timing';
import { printReportTimings } from './report';

/** Runs bench/reports-timing.ts under vitest against a built clinic's database file. */
export function reportTimings(databasePath: string): ReportTiming[] {
  const out = join(databasePath, '..', 'report-timings.json');
  execFileSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.mts', '--reporter', 'dot'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_PATH: databasePath, BENCH_REPORTS_OUT: out },
  });
  return JSON.parse(readFileSync(out, 'utf8')) as ReportTiming[];
}

async function main() {
  const sessions = Number(process.env.BENCH_REPORT_SESSIONS || 100_000);
  const label = sessions >= 1000 ? `${Math.round(sessions / 1000)}k` : String(sessions);
  const dir = benchDir();
  try {
    console.log(`› Building the ${label}-session clinic (load average ${loadavg()[0].toFixed(1)})…`);
    const clinic = await buildClinic(dir, label, sessions);
    console.log(`› Timing the PDFs on ${clinic.seeded.sessions} sessions…`);
    const timings = reportTimings(clinic.databasePath);
    console.log(`\nLoad average at the end: ${loadavg()[0].toFixed(1)}`);
    printReportTimings(timings.map((t) => ({ clinic: label, ...t })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
