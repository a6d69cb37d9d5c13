import { z } from 'zod';
import { COURSE_STATUSES } from '@/db/schema';
import { CONDITION_CODES } from '@/lib/domain/conditions';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-12');
const blankToUndefined = (v: unknown) => (v === '' || v == null ? undefined : v);

/**
 * Outcome filters as they travel in the URL. The date range selects courses with at least one session in it;
 * session-based figures (sessions, injections, adverse events) count only the sessions inside it.
 */
export const outcomeFiltersSchema = z
  .object({
    from: z.preprocess(blankToUndefined, isoDate.optional()),
    to: z.preprocess(blankToUndefined, isoDate.optional()),
    condition: z.preprocess(blankToUndefined, z.enum(CONDITION_CODES as [string, ...string[]]).optional()),
    specialist: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
    status: z.preprocess(blankToUndefined, z.enum(COURSE_STATUSES).optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The start date must be before the end date', path: ['to'] });

export type OutcomeFilters = z.infer<typeof outcomeFiltersSchema>;

const FILTER_KEYS = ['from', 'to', 'condition', 'specialist', 'status'] as const;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function pick(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Parses filters from search params; an invalid value is dropped and reported rather than failing the page. */
export function parseOutcomeFilters(params: RawParams): { filters: OutcomeFilters; errors: string[] } {
  const raw = Object.fromEntries(FILTER_KEYS.map((k) => [k, pick(params, k)]));
  const parsed = outcomeFiltersSchema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data, errors: [] };
  const errors = parsed.error.issues.map((i) => i.message);
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  const retry = outcomeFiltersSchema.safeParse(kept);
  return { filters: retry.success ? retry.data : {}, errors };
}

/** The query string for a set of filters (without the leading `?`). */
export function filtersToQuery(filters: OutcomeFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value != null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}
