/** Display formats for outcome figures ("—" when there is nothing to show). */

export function formatPercent(value: number | null): string {
  return value == null ? '—' : `${Math.round(value * 100)}%`;
}

export function formatNumber(value: number | null, digits = 1): string {
  return value == null ? '—' : value.toFixed(digits);
}

/** A change with its sign: "+1.4", "−1.6", "0.0" (a true minus sign). */
export function formatChange(value: number | null, digits = 1): string {
  if (value == null) return '—';
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return (0).toFixed(digits);
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(digits)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Medians are whole session numbers or halves: "3", "2.5". */
export function formatMedian(value: number | null): string {
  if (value == null) return '—';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A rate's n and Wilson 95 % interval: "8/10 · 95 % CI 49–94%" ("0/0" alone when there is nothing to rate). */
export function formatRateDetail(r: { count: number; n: number; low: number | null; high: number | null }): string {
  if (r.low == null || r.high == null) return `${r.count}/${r.n}`;
  return `${r.count}/${r.n} · 95 % CI ${Math.round(r.low * 100)}–${Math.round(r.high * 100)}%`;
}

/** A proportion per 100 with one decimal ("2.9"): adverse event rates are often small. */
export function formatPer100(value: number | null): string {
  return value == null ? '—' : (value * 100).toFixed(1);
}

/** A per-100 rate's count, n and Wilson 95 % interval: "5/13 · 95 % CI 17.7–64.5" ("0/0" alone when there is nothing to rate). */
export function formatPer100Detail(r: { count: number; n: number; low: number | null; high: number | null }): string {
  if (r.low == null || r.high == null) return `${r.count}/${r.n}`;
  return `${r.count}/${r.n} · 95 % CI ${formatPer100(r.low)}–${formatPer100(r.high)}`;
}
