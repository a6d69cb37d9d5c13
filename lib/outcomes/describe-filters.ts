import { formatDate } from '@/lib/domain/dates';
import { conditionLabel } from '@/lib/domain/conditions';
import type { OutcomeFilters } from './filters';

/** The period of a set of filters in words: "1 Jan 2026 – today", "all dates". */
export function describePeriod(f: OutcomeFilters): string {
  return f.from || f.to ? `${f.from ? formatDate(f.from) : 'first session'} – ${f.to ? formatDate(f.to) : 'today'}` : 'all dates';
}

/** Every filter in words, for the outcomes page's subtitle and the report's footer. */
export function describeFilters(f: OutcomeFilters, specialists: readonly { id: number; name: string }[]): string {
  const parts = [describePeriod(f)];
  if (f.condition) parts.push(conditionLabel(f.condition));
  if (f.specialist) parts.push(specialists.find((s) => s.id === f.specialist)?.name ?? 'one specialist');
  if (f.status) parts.push(`${f.status} courses`);
  return parts.join(' · ');
}
