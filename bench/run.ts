// npm run bench — synthetic clinics of 1k/10k/100k sessions: seeding throughput, data layer vs raw SQL, PDFs, HTTP.
// Writes bench/results.json (git-ignored) and prints the tables the README's Performance section quotes.
import './support/data-layer-hooks';
import { rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { closeDb, getDb } from '../db';
import { bareInsertRate, benchDir, buildClinic, type BenchClinic } from './clinics';
import { benchAs, queryBenches } from './queries';
import { medianMs } from './timing';
import { httpBench } from './http';
import { printReport, type BenchReport } from './report';
import { reportTimings } from './reports';

const SIZES: [string, number][] = [
  ['1k', 1_000],
  ['10k', 10_000],
  ['100k', 100_000],
];
const PORT = Number(process.env.BENCH_PORT || 3165);

async function main() {
  const started = Date.now();
  execFileSync('bash', ['scripts/ensure-build.sh'], { stdio: 'inherit' });
  const dir = benchDir();
  const report: BenchReport = { machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`, at: new Date().toISOString(), seeding: [], queries: [], http: [], reports: [], seconds: 0 };
  const clinics: BenchClinic[] = [];
  const benches = await queryBenches();
  for (const [label, target] of SIZES) {
    console.log(`› Building the ${label}-session clinic…`);
    const clinic = await buildClinic(dir, label, target);
    clinics.push(clinic);
    const sitesPerSession = Math.round(clinic.seeded.injections / clinic.seeded.sessions);
    const bare = bareInsertRate(dir, clinic.seeded.sessions, sitesPerSession);
    report.seeding.push({ clinic: label, sessions: clinic.seeded.sessions, seconds: clinic.seedSeconds, sessionsPerSecond: clinic.seeded.sessions / clinic.seedSeconds, bareSessionsPerSecond: bare });

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
  console.log('› HTTP against next start on the 100k clinic…');
  report.http = await httpBench(clinics[clinics.length - 1].databasePath, PORT);
  report.seconds = (Date.now() - started) / 1000;
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
