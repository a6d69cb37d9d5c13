import { LINK_POLICY } from './policy';

const hits = new Map<string, number[]>();
const MAX_KEYS = 10_000;

/** In-process sliding window per client address for the public link pages; false once the address is over. */
export function allowLinkRequest(address: string | null, now = Date.now(), policy = LINK_POLICY.rateLimit): boolean {
  const key = address ?? 'unknown';
  const recent = (hits.get(key) ?? []).filter((t) => t > now - policy.windowMs);
  if (recent.length >= policy.max) {
    hits.set(key, recent);
    return false;
  }
  recent.push(now);
  hits.delete(key);
  hits.set(key, recent);
  if (hits.size > MAX_KEYS) hits.delete(hits.keys().next().value!);
  return true;
}

/** For tests. */
export function resetLinkRateLimit(): void {
  hits.clear();
}
