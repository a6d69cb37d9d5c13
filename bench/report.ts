import type { PagePaint } from './browser';
import { HEALTH_ROUTE, type HttpResult } from './http';
import type { Target } from './targets';
import type { ReportTiming } from './reports-timing';

export interface BenchReport {
  machine: string;
  at: string;
  seeding: { clinic: string; sessions: number; seconds: number; sessionsPerSecond: number; bareSessionsPerSecond: number }[];
  queries: { clinic: string; query: string; rows: number; dataLayerMs: number; rawSqlMs: number; ratio: number }[];
  http: HttpResult[];
  reports: (ReportTiming & { clinic: string })[];
  /** The bare one-session-per-transaction loop, measured just before and just after the HTTP runs. */
  bareSaves: { beforeHttp: number; afterHttp: number };
  paints: PagePaint[];
  million: MillionPoint | null;
  targets: Target[];
  seconds: number;
}

export interface MillionPoint {
  sessions: number;
  seedSeconds: number;
  fileMb: number;
  healthMs: number;
  worklistMs: number;
  outcomesMs: number;
  /** The outcomes summary through the data layer, in process. */
  outcomesDataLayerMs: number;
}

const f = (n: number, digits = 2) => n.toFixed(digits);
const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const rate = (n: number) => (n < 10 ? n.toFixed(1) : int(n));

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Markdown tables, ready to paste into the README's Performance section. */
export function printReport(r: BenchReport): void {
  console.log(`\nBenchmark on ${r.machine} (${r.at}, ${f(r.seconds, 0)} s)\n`);
  console.log(
    table(
      ['clinic', 'sessions', 'seed s', 'seed sessions/s', 'bare insert sessions/s', 'seed / bare'],
      r.seeding.map((s) => [
        s.clinic,
        int(s.sessions),
        f(s.seconds),
        int(s.sessionsPerSecond),
        int(s.bareSessionsPerSecond),
        f(s.sessionsPerSecond / s.bareSessionsPerSecond),
      ]),
    ),
  );
  console.log('');
  console.log(
    table(
      ['clinic', 'query', 'rows', 'data layer ms', 'raw SQL ms', 'data layer / raw SQL'],
      r.queries.map((q) => [q.clinic, q.query, q.rows, f(q.dataLayerMs, 3), f(q.rawSqlMs, 3), `${f(q.ratio)}×`]),
    ),
  );
  console.log('');
  printReportTimings(r.reports);
  console.log('');
  console.log(
    table(
      ['route (100k clinic)', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'p50 ms, one user', 'errors', 'req/s vs health', 'one-user p50 vs health'],
      r.http.map((h) => [h.route, h.connections, rate(h.rps), h.p50, h.p99, f(h.p50Alone, 1), h.errors, f(h.rpsVsHealth), f(h.p50VsHealth)]),
    ),
  );
  console.log(
    `\nBare one-session-per-transaction loop (synchronous FULL): ${int(r.bareSaves.beforeHttp)}/s before the HTTP runs, ${int(r.bareSaves.afterHttp)}/s after.`,
  );
  const health = r.http.find((h) => h.route === HEALTH_ROUTE);
  const bare = (r.bareSaves.beforeHttp + r.bareSaves.afterHttp) / 2;
  if (health && bare > 0) {
    console.log(
      `The health route (no database, no session) at 10 connections: ${int(health.rps)} req/s = ${f(health.rps / bare)}× the bare loop: the most any HTTP route reaches here.`,
    );
  }
  console.log('');
  if (r.paints.length) {
    console.log(
      table(
        ['page (100k clinic)', 'LCP ms, 4× CPU throttle', 'LCP element', 'JS files', 'JS KB', 'JS KB gzip'],
        r.paints.map((p) => [p.page, p.lcpMs, p.lcpElement.replace(/\|/g, '/'), p.jsFiles, int(p.jsKb), int(p.jsGzipKb)]),
      ),
    );
    console.log('');
  }
  if (r.million) {
    const m = r.million;
    console.log(
      table(
        ['sessions', 'seed s', 'file MB', 'health p50 ms', 'worklist p50 ms', 'outcomes p50 ms', 'outcomes data layer ms'],
        [
          [
            int(m.sessions),
            f(m.seedSeconds, 0),
            int(m.fileMb),
            f(m.healthMs, 1),
            f(m.worklistMs, 1),
            f(m.outcomesMs, 1),
            f(m.outcomesDataLayerMs, 1),
          ],
        ],
      ),
    );
    console.log('');
  }
  printTargets(r.targets);
}

export function printTargets(targets: Target[]): void {
  console.log(
    table(
      ['target', 'value', 'limit', ''],
      targets.map((t) => [t.name, f(t.value), f(t.limit), t.met ? 'met' : '**missed**']),
    ),
  );
  const missed = targets.filter((t) => !t.met).length;
  console.log(`\n${targets.length - missed} of ${targets.length} targets met.`);
}

/** The PDF timings table (also printed on its own by bench/reports.ts). */
export function printReportTimings(rows: BenchReport['reports']): void {
  console.log(
    table(
      ['clinic', 'PDF', 'median ms', 'target ms', 'size KB'],
      rows.map((t) => [t.clinic, t.what, f(t.ms, 0), t.targetMs, int(t.bytes / 1024)]),
    ),
  );
}
