/** Small statistics on per-group SQL results (no row-level data). */

/** Two-sided 97.5 % quantiles of Student's t for 1–30 degrees of freedom; 1.96 beyond. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08,
  2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tQuantile975(df: number): number {
  if (df < 1) return Number.NaN;
  return df <= T_975.length ? T_975[df - 1] : 1.96;
}

export interface MeanCi {
  n: number;
  mean: number | null;
  low: number | null;
  high: number | null;
}

/** Mean with a 95 % t-interval from n, sum and sum of squares; no interval below two values. */
export function meanCi95(n: number, sum: number | null, sumSquares: number | null): MeanCi {
  if (!n || sum == null) return { n: n ?? 0, mean: null, low: null, high: null };
  const mean = sum / n;
  if (n < 2 || sumSquares == null) return { n, mean, low: null, high: null };
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { n, mean, low: mean - half, high: mean + half };
}

/** a / b, or null when there is nothing to divide by. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (!denominator || numerator == null) return null;
  return numerator / denominator;
}

export interface ResponseTimes {
  /** Session number: of first response for events, of the last pain score for censored courses. */
  time: number;
  events: number;
  censored: number;
}

export interface CurvePoint {
  session: number;
  atRisk: number;
  events: number;
  /** Kaplan–Meier estimate of the share responded by this session. */
  share: number;
}

/** Kaplan–Meier cumulative share responded by session number; courses without response are censored. */
export function kaplanMeier(rows: readonly ResponseTimes[], maxSession?: number): CurvePoint[] {
  if (rows.length === 0) return [];
  const last = maxSession ?? Math.max(...rows.map((r) => r.time));
  let atRisk = rows.reduce((acc, r) => acc + r.events + r.censored, 0);
  let survival = 1;
  const points: CurvePoint[] = [];
  for (let session = 1; session <= last; session++) {
    const here = rows.filter((r) => r.time === session);
    const events = here.reduce((acc, r) => acc + r.events, 0);
    const censored = here.reduce((acc, r) => acc + r.censored, 0);
    if (atRisk > 0) survival *= 1 - events / atRisk;
    points.push({ session, atRisk, events, share: 1 - survival });
    atRisk -= events + censored;
  }
  return points;
}

export interface RateCi {
  /** Courses that count (the numerator). */
  count: number;
  /** Courses it is taken over (the denominator). */
  n: number;
  rate: number | null;
  low: number | null;
  high: number | null;
}

const Z_975 = 1.959964;

/** A rate with its Wilson score 95 % interval (Wilson, J Am Stat Assoc 1927;22:209–212); stays within 0–1. */
export function wilson95(count: number, n: number): RateCi {
  if (!n) return { count, n: 0, rate: null, low: null, high: null };
  const p = count / n;
  const z2 = Z_975 * Z_975;
  const scale = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / scale;
  const half = (Z_975 / scale) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0/n and n/n the bound is exactly 0 or 1; computed, it can miss by a rounding error.
  const low = count === 0 ? 0 : Math.max(0, centre - half);
  const high = count === n ? 1 : Math.min(1, centre + half);
  return { count, n, rate: p, low, high };
}
