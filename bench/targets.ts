// The targets ("Fast at every size"), each a ratio or a figure from one bench run, judged met or missed.
import type { PagePaint } from './browser';
import type { HttpResult } from './http';

export interface Target {
  name: string;
  value: number;
  limit: number;
  met: boolean;
}

export interface TargetInputs {
  http: HttpResult[];
  queries: { clinic: string; query: string; dataLayerMs: number; rawSqlMs: number }[];
  /** Sessions per second of the bare one-session-per-transaction loop (bench/saves.ts), run beside the HTTP saves. */
  bareSavesPerSecond: number;
  paints: PagePaint[];
}

const atLeast = (name: string, value: number, limit: number): Target => ({ name, value, limit, met: value >= limit });
const atMost = (name: string, value: number, limit: number): Target => ({ name, value, limit, met: value <= limit });

export const LCP_LIMIT_MS = 1200;

export function judgeTargets({ http, queries, bareSavesPerSecond, paints }: TargetInputs): Target[] {
  const route = (name: string) => http.find((h) => h.route === name);
  const targets: Target[] = [];
  for (const name of ['GET /worklist', 'GET course page']) {
    const r = route(name);
    if (!r) continue;
    targets.push(atLeast(`${name}: req/s at 10 connections ÷ health's`, r.rpsVsHealth, 0.25));
    targets.push(atMost(`${name}: one-user p50 ÷ health's`, r.p50VsHealth, 3));
  }
  const outcomes = route('GET /outcomes (manager)');
  if (outcomes) {
    targets.push(atMost('GET /outcomes at 100k sessions: one-user p50 ms', outcomes.p50Alone, 100));
    targets.push(atLeast('GET /outcomes at 100k sessions: req/s at 2 connections', outcomes.rps, 10));
  }
  const largest = queries.filter((q) => q.clinic === '100k' && q.query.startsWith('outcomes summary'));
  if (largest.length) {
    // The ratio measured beside the fastest hand-written query (the same function's two data-layer medians differ
    // only by noise, so each is compared with the SQL it was timed next to).
    const best = largest.reduce((a, b) => (b.rawSqlMs < a.rawSqlMs ? b : a));
    targets.push(atMost('outcomes summary at 100k: data layer ÷ best hand-written SQL', best.dataLayerMs / best.rawSqlMs, 1.3));
  }
  const saves = route('POST session (synchronous FULL)');
  if (saves) {
    targets.push(atLeast('session saves, FULL, 50 clients ÷ bare one-per-transaction loop', saves.rps / bareSavesPerSecond, 0.6));
    targets.push(atMost('session saves, FULL, 50 clients: errors', saves.errors, 0));
  }
  for (const p of paints) targets.push(atMost(`LCP at ${4}× CPU throttle, ${p.page} (ms)`, p.lcpMs, LCP_LIMIT_MS));
  return targets;
}
