// HTTP benchmark with autocannon against `next start` on loopback, signed in, each route relative to /api/health.
import autocannon from 'autocannon';
import { signIn } from '../scripts/lib/auth';
import { newSecret, startServer, stopServer } from '../scripts/lib/server';
import { percentile } from '../scripts/lib/stats';
import { activeCourses, sessionPayload, type CourseTarget } from '../scripts/lib/session-load';

export interface HttpResult {
  route: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  /** p50 with a single connection: the latency one user sees on an otherwise idle server. */
  p50Alone: number;
  errors: number;
  rpsVsHealth: number;
  /** One-user p50 relative to the health route's one-user p50 in the same run. */
  p50VsHealth: number;
}

const SPECIALIST = 'specialist@prolotrack.test';
const MANAGER = 'manager@prolotrack.test';
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS || 6);
export const HEALTH_ROUTE = 'GET /api/health';
const FLOOR_ROUTE = 'GET /login, signed out (floor: the smallest page)';

type Run = { route: string; connections: number; opts: autocannon.Options };

/** Waits until the server answers /api/health quickly again (requests abandoned by a slow run still finish). */
async function settle(base: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const t = performance.now();
    await fetch(`${base}/api/health`).catch(() => undefined);
    if (performance.now() - t < 100) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * p50 of back-to-back GETs on one kept-alive connection (at least 5 requests and 3 s), timed to the last byte with
 * performance.now(): what one user waits. POSTs go through autocannon one at a time (its own body per request).
 */
export async function latencyAlone(opts: autocannon.Options, minMs = 3000): Promise<{ p50: number; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  while (times.length < 5 || performance.now() - started < minMs) {
    if (opts.requests) {
      const r = await autocannon({ ...opts, connections: 1, amount: 1 });
      times.push(r.latency.max);
      errors += r.non2xx + r.errors + r.timeouts;
      continue;
    }
    const t = performance.now();
    const res = await fetch(String(opts.url), { headers: opts.headers as Record<string, string> | undefined, redirect: 'manual' }).catch(() => null);
    await res?.arrayBuffer();
    times.push(performance.now() - t);
    if (!res || res.status !== 200) errors++;
  }
  return { p50: percentile(times, 50), errors };
}

async function measure(run: Run, base: string) {
  const opts = { ...run.opts, timeout: 120 };
  await autocannon({ ...opts, connections: 1, amount: 3 }); // warm-up
  await settle(base);
  const alone = await latencyAlone(opts);
  await settle(base);
  // Long enough for each connection to complete several requests, even on a slow page.
  const duration = Math.min(60, Math.max(SECONDS, Math.ceil((4 * alone.p50 * run.connections) / 1000)));
  const r = await autocannon({ ...opts, connections: run.connections, duration });
  await settle(base);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    p50Alone: Number(alone.p50.toFixed(2)),
    errors: r.non2xx + r.errors + r.timeouts + alone.errors,
  };
}

function saveRun(route: string, base: string, cookie: string, courses: CourseTarget[]): Run {
  return {
    route,
    connections: 50,
    opts: {
      url: base,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            const n = Math.floor(Math.random() * 1e9);
            const target = courses[n % courses.length];
            const body = JSON.stringify(sessionPayload(target, n));
            return { ...req, path: `/api/courses/${target.courseId}/sessions`, headers: { 'content-type': 'application/json', cookie }, body };
          },
        },
      ],
    },
  };
}

/** The first of the candidate course-page URLs the app serves (the page's path is owned by the course UI). */
async function coursePage(base: string, cookie: string, course: CourseTarget): Promise<string | null> {
  for (const path of [`/courses/${course.courseId}`, `/patients/${course.patientId}/courses/${course.courseId}`]) {
    const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
    if (res.status === 200) return path;
  }
  return null;
}

async function benchServer(databasePath: string, port: number, env: Record<string, string>, label: string, full: boolean): Promise<HttpResult[]> {
  const server = await startServer({ port, databasePath, secret: newSecret(), env });
  try {
    const base = server.baseUrl;
    const specialist = await signIn(base, SPECIALIST);
    const courses = activeCourses(databasePath, [SPECIALIST]);
    const runs: Run[] = [{ route: HEALTH_ROUTE, connections: 10, opts: { url: `${base}/api/health` } }];
    if (full) {
      // Not a target: the sign-in page for a visitor without a session, the smallest page the app serves (proxy, CSP
      // nonce, root layout, one form). What any page costs in the framework, beside which the others are read.
      runs.push({ route: FLOOR_ROUTE, connections: 10, opts: { url: `${base}/login` } });
      const manager = await signIn(base, MANAGER);
      const coursePath = await coursePage(base, specialist, courses[0]);
      runs.push({ route: 'GET /worklist', connections: 10, opts: { url: `${base}/worklist`, headers: { cookie: specialist } } });
      if (coursePath)
        runs.push({ route: 'GET course page', connections: 10, opts: { url: `${base}${coursePath}`, headers: { cookie: specialist } } });
      else console.warn('No course page is served yet (tried /courses/:id and /patients/:pid/courses/:id): not measured.');
      // The outcomes page is heavy at 100k sessions: two connections keep the run inside the benchmark's time box.
      runs.push({ route: 'GET /outcomes (manager)', connections: 2, opts: { url: `${base}/outcomes`, headers: { cookie: manager } } });
    }
    runs.push(saveRun(`POST session ${label}`, base, specialist, courses));
    const results: HttpResult[] = [];
    let health = { rps: 1, p50Alone: 1 };
    for (const run of runs) {
      const m = await measure(run, base);
      if (run.route === HEALTH_ROUTE) health = m;
      if (!full && run.route === HEALTH_ROUTE) continue;
      results.push({
        route: run.route,
        connections: run.connections,
        ...m,
        rpsVsHealth: m.rps / health.rps,
        p50VsHealth: m.p50Alone / health.p50Alone,
      });
    }
    return results;
  } finally {
    await stopServer(server);
  }
}

/** Pages and saves with the default synchronous=FULL, then saves again with SQLITE_SYNCHRONOUS=NORMAL. */
export async function httpBench(databasePath: string, port: number): Promise<HttpResult[]> {
  const full = await benchServer(databasePath, port, {}, '(synchronous FULL)', true);
  const normal = await benchServer(databasePath, port, { SQLITE_SYNCHRONOUS: 'NORMAL' }, '(synchronous NORMAL)', false);
  return [...full, ...normal];
}

/** One-user p50 of health, the worklist and the outcomes page on a large clinic (the 1M point): no load runs. */
export async function pointLatencies(
  databasePath: string,
  port: number,
): Promise<{ healthMs: number; worklistMs: number; outcomesMs: number; errors: number }> {
  const server = await startServer({ port, databasePath, secret: newSecret() });
  try {
    const base = server.baseUrl;
    const specialist = await signIn(base, SPECIALIST);
    const manager = await signIn(base, MANAGER);
    const one = async (url: string, cookie?: string) => {
      const opts = { url, headers: cookie ? { cookie } : undefined };
      await latencyAlone(opts, 0); // warm-up
      return latencyAlone(opts, 5000);
    };
    const health = await one(`${base}/api/health`);
    const worklist = await one(`${base}/worklist`, specialist);
    const outcomes = await one(`${base}/outcomes`, manager);
    return { healthMs: health.p50, worklistMs: worklist.p50, outcomesMs: outcomes.p50, errors: health.errors + worklist.errors + outcomes.errors };
  } finally {
    await stopServer(server);
  }
}
