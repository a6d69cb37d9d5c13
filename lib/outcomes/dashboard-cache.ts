import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { outcomeDataVersion } from '@/db/schema';

const CACHE_MAX = 64;
type Entry = { version: number; value: unknown };
/** Per connection: another database file (tests, restore) starts with its own versions. */
const state = globalThis as unknown as { prolotrackOutcomeCache?: WeakMap<Db, Map<string, Entry>> };

/** Raised by triggers on every change to a table the outcome figures read, by any process (migration 0019). */
function outcomeDataVersionNow(db: Db): number {
  return db.select({ version: outcomeDataVersion.version }).from(outcomeDataVersion).where(eq(outcomeDataVersion.id, 1)).get()?.version ?? -1;
}

/**
 * The figures `compute` returned for `key` while the outcome data stood at the current version, else `compute()`
 * again. `key` must hold everything else the figures depend on (who may see which courses, the filters, today, the
 * settings). The version is read before computing, so a change that lands during the computation only causes one
 * more recomputation, never older figures under a newer version. The caller checks the actor first, every time.
 */
export function cachedOutcomeFigures<T>(key: string, compute: () => T): T {
  const db = getDb();
  const caches = (state.prolotrackOutcomeCache ??= new WeakMap());
  const cache = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, cache);
  const version = outcomeDataVersionNow(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit);
    return structuredClone(hit.value) as T;
  }
  const value = compute();
  cache.delete(key);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, { version, value: structuredClone(value) });
  return value;
}
