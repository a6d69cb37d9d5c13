import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { OUTCOME_SETTINGS, type OutcomeSettings } from '@/lib/domain/settings';
import type { OutcomeFilters } from './filters';

/** Which courses an actor may see: a specialist only their own, whatever the specialist filter says. */
function specialistScope(actor: Actor, filters: OutcomeFilters): number | undefined {
  return actor.role === 'specialist' ? actor.id : filters.specialist;
}

/** Course-level filters (scope, condition, specialist, status) on `courses c`, without the date range. */
export function courseWhere(actor: Actor, filters: OutcomeFilters): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  const specialistId = specialistScope(actor, filters);
  if (specialistId != null) parts.push(sql`c.specialist_id = ${specialistId}`);
  if (filters.condition) parts.push(sql`c.condition = ${filters.condition}`);
  if (filters.status) parts.push(sql`c.status = ${filters.status}`);
  return sql.join(parts, sql` and `);
}

/** The date range of the filters on a date column (true without one). */
export function periodCondition(filters: OutcomeFilters, column: SQL): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (filters.from) parts.push(sql`${column} >= ${filters.from}`);
  if (filters.to) parts.push(sql`${column} <= ${filters.to}`);
  return sql.join(parts, sql` and `);
}

/** Whether a baseline pain is assessable for response (`isAssessableBaseline` in lib/domain/outcome-rules.ts). */
export function assessableBaseline(baseline: SQL, settings: OutcomeSettings = OUTCOME_SETTINGS): SQL {
  return sql`(${baseline} >= ${settings.responderMinBaseline})`;
}

/**
 * The responder rule (`meetsResponderRule` in lib/domain/outcome-rules.ts; docs/clinical-rules.md) as SQL: an
 * assessable baseline, and pain down by ≥ the absolute threshold and ≥ the relative share of baseline.
 */
export function responderRule(baseline: SQL, pain: SQL, settings: OutcomeSettings = OUTCOME_SETTINGS): SQL {
  const drop = sql`(${baseline} - ${pain})`;
  return sql`(${assessableBaseline(baseline, settings)} and ${drop} >= ${settings.responderAbsoluteReduction}
    and ${drop} >= ${settings.responderRelativeReduction} * ${baseline} - 1e-9)`;
}

/** A substantial response (`isSubstantialResponse`): the responder rule and pain down by ≥ the substantial share. */
export function substantialRule(baseline: SQL, pain: SQL, settings: OutcomeSettings = OUTCOME_SETTINGS): SQL {
  return sql`(${responderRule(baseline, pain, settings)} and (${baseline} - ${pain}) >= ${settings.substantialRelativeReduction} * ${baseline} - 1e-9)`;
}

/**
 * Median of `value` per `grp` from a CTE/subquery `source(grp, value)`, using window functions only
 * (portable to PostgreSQL). Rows with a null value are ignored. The values are counted per distinct value first (a
 * few session numbers, where the rows are thousands of courses), and the median is read from the running counts: the
 * mean of the value(s) at positions (n + 1) / 2 and (n + 2) / 2 in value order.
 */
export function groupedMedian(source: SQL): SQL {
  const holds = (position: SQL) => sql`${position} between upto - n + 1 and upto`;
  return sql`
    select grp, avg(value * 1.0) as median
    from (
      select grp, value, n,
             sum(n) over (partition by grp order by value) as upto,
             sum(n) over (partition by grp) as cnt
      from (select grp, value, count(*) as n from (${source}) src where value is not null group by grp, value) h
    ) o
    where ${holds(sql`(cnt + 1) / 2`)} or ${holds(sql`(cnt + 2) / 2`)}
    group by grp
  `;
}
