// npm run bench — synthetic clinics of 1k/10k/100k sessions: seeding throughput, data layer vs raw SQL, PDFs, HTTP,
// the largest contentful paint in Chromium, and a 1M-session point (BENCH_MILLION=0 leaves it out). Writes
// bench/results.json (git-ignored) with the targets met or missed and prints the tables the README quotes.
import './support/data-layer-hooks';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { closeDb, getDb } from '../db';
import { bareInsertRate, benchDir, buildClinic, type BenchClinic } from './clinics';
import { benchAs, queryBenches } from './queries';
import { medianMs } from './timing';
import { httpBench, pointLatencies } from './http';
import { printReport, type BenchReport, type MillionPoint } from './report';
import { bareSaveRate } from './saves';
import { browserBench } from './browser';
import { judgeTargets } from './targets';
import { reportTimings } from './reports';

const SIZES: [string, number][] = [
  ['1k', 1_000],
  ['10k', 10_000],
  ['100k', 100_000],
];
const PORT = Number(process.env.BENCH_PORT || 3165);
/** Sites per save of the HTTP load (scripts/lib/session-load.ts sends 1–3): the bare loop writes as many. */
const SITES_PER_SAVE = 2;

async function main() {
  const started = Date.now();
  execFileSync('bash', ['scripts/ensure-build.sh'], { stdio: 'inherit' });
  const dir = benchDir();
  const report: BenchReport = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`,
    at: new Date().toISOString(),
    seeding: [],
    queries: [],
    http: [],
    reports: [],
    bareSaves: { beforeHttp: 0, afterHttp: 0 },
    paints: [],
    million: null,
    targets: [],
    seconds: 0,
  };
  const clinics: BenchClinic[] = [];
  const benches = await queryBenches();
  for (const [label, target] of SIZES) {
    console.log(`› Building the ${label}-session clinic…`);
    const clinic = await buildClinic(dir, label, target);
    clinics.push(clinic);
    const sitesPerSession = Math.round(clinic.seeded.injections / clinic.seeded.sessions);
    const bare = bareInsertRate(dir, clinic.seeded.sessions, sitesPerSession);
    report.seeding.push({
      clinic: label,
      sessions: clinic.seeded.sessions,
      seconds: clinic.seedSeconds,
      sessionsPerSecond: clinic.seeded.sessions / clinic.seedSeconds,
      bareSessionsPerSecond: bare,
    });

    closeDb();
    process.env.DATABASE_PATH = clinic.databasePath;
    const sqlite = getDb().$client;
    for (const bench of benches) {
      benchAs(bench.actor(sqlite));
      const viaLayer = await bench.dataLayer();
      const viaSql = bench.rawSql(sqlite);
      const rows = Array.isArray(viaLayer) ? viaLayer.length : 1;
      if (Array.isArray(viaLayer) && Array.isArray(viaSql) && viaSql.length !== viaLayer.length) {
        throw new Error(`${bench.name}: the raw SQL returns ${viaSql.length} rows, the data layer ${viaLayer.length}.`);
      }
      const differences = bench.mismatch?.(viaLayer, viaSql) ?? [];
      if (differences.length) throw new Error(`${bench.name} (${label}): data layer and raw SQL disagree: ${differences.join('; ')}`);
      const dataLayerMs = await medianMs(() => bench.dataLayer());
      const rawSqlMs = await medianMs(() => bench.rawSql(sqlite));
      report.queries.push({ clinic: label, query: bench.name, rows, dataLayerMs, rawSqlMs, ratio: dataLayerMs / rawSqlMs });
    }
    closeDb();
  }
  const largest = clinics[clinics.length - 1];
  console.log(`› PDFs on the ${largest.label} clinic…`);
  report.reports = reportTimings(largest.databasePath).map((t) => ({ clinic: largest.label, ...t }));
  console.log('› HTTP against next start on the 100k clinic, beside a bare one-session-per-transaction loop…');
  const beforeHttp = bareSaveRate(dir, SITES_PER_SAVE);
  report.http = await httpBench(largest.databasePath, PORT);
  report.bareSaves = { beforeHttp, afterHttp: bareSaveRate(dir, SITES_PER_SAVE) };
  console.log(`› Largest contentful paint in Chromium at 4× CPU throttle on the ${largest.label} clinic…`);
  report.paints = await browserBench(largest.databasePath, PORT);
  if (process.env.BENCH_MILLION !== '0') report.million = await millionPoint(dir, benches);
  report.targets = judgeTargets({ ...report, bareSavesPerSecond: (report.bareSaves.beforeHttp + report.bareSaves.afterHttp) / 2 });
  report.seconds = (Date.now() - started) / 1000;
  report.machine += `, ${loadavg()[0].toFixed(1)} at the end`;
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  rmSync(dir, { recursive: true, force: true });
}

/** A network of clinics in one file: seeding, size, and what one user waits for the worklist and outcomes. */
async function millionPoint(dir: string, benches: Awaited<ReturnType<typeof queryBenches>>): Promise<MillionPoint> {
  console.log('› Building the 1M-session clinic…');
  const clinic = await buildClinic(dir, '1M', 1_000_000);
  const fileMb = statSync(clinic.databasePath).size / 1024 / 1024;
  closeDb();
  process.env.DATABASE_PATH = clinic.databasePath;
  const sqlite = getDb().$client;
  const summary = benches.find((b) => b.name.startsWith('outcomes summary'))!;
  benchAs(summary.actor(sqlite));
  const outcomesDataLayerMs = await medianMs(() => summary.dataLayer(), { minMs: 3000, maxRuns: 20 });
  closeDb();
  console.log('› HTTP on the 1M-session clinic…');
  const http = await pointLatencies(clinic.databasePath, PORT);
  rmSync(clinic.databasePath, { force: true });
  return {
    sessions: clinic.seeded.sessions,
    seedSeconds: clinic.seedSeconds,
    fileMb,
    healthMs: http.healthMs,
    worklistMs: http.worklistMs,
    outcomesMs: http.outcomesMs,
    outcomesDataLayerMs,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
