import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { PRIMARY_TIME_POINT } from '@/lib/domain/follow-up-schedule';
import { wilson95, type RateCi } from './stats';

/**
 * The primary responder rate at the primary time point (the 3-month follow-up when answered, else the latest score),
 * over finished courses with an assessable baseline: intention to treat (discontinued courses, and completed courses
 * without a later score, count as non-responders) and over completed courses with a score only.
 */
export interface PrimaryOutcome {
  intentionToTreat: RateCi;
  completedOnly: RateCi;
  /** Substantial responders over the intention-to-treat courses. */
  substantial: RateCi;
  /** Which score the intention-to-treat courses were judged at. */
  judgedAt: { primaryFollowUp: number; otherFollowUp: number; session: number; none: number };
}

export interface PrimaryCounts {
  /** Finished courses with an assessable baseline: the intention-to-treat denominator. */
  ittN: number;
  responders: number;
  substantial: number;
  completedN: number;
  atPrimary: number;
  atSession: number;
  atNone: number;
}

/**
 * The primary-outcome counts as aggregate columns over the cohort table `oc_facts cf` (lib/outcomes/cohort-table.ts):
 * the one definition behind the headline (which reads them in its own pass) and the group tables.
 */
export function primaryCountColumns(): SQL {
  const itt = sql`cf.status in ('completed', 'discontinued') and cf.assessable_baseline = 1`;
  return sql`
    count(case when ${itt} then 1 end) as "ittN",
    count(case when cf.status = 'completed' and cf.primary_responder = 1 then 1 end) as "responders",
    count(case when cf.status = 'completed' and cf.primary_substantial = 1 then 1 end) as "substantial",
    count(case when cf.status = 'completed' and cf.primary_responder is not null then 1 end) as "completedN",
    count(case when ${itt} and cf.primary_source = ${PRIMARY_TIME_POINT} then 1 end) as "atPrimary",
    count(case when ${itt} and cf.primary_source = 'session' then 1 end) as "atSession",
    count(case when ${itt} and cf.primary_source is null then 1 end) as "atNone"`;
}

/** The headline's primary outcome from its counts over the whole cohort. */
export function primaryOutcome(r: PrimaryCounts): PrimaryOutcome {
  return {
    intentionToTreat: wilson95(r.responders, r.ittN),
    completedOnly: wilson95(r.responders, r.completedN),
    substantial: wilson95(r.substantial, r.ittN),
    judgedAt: {
      primaryFollowUp: r.atPrimary,
      otherFollowUp: r.ittN - r.atPrimary - r.atSession - r.atNone,
      session: r.atSession,
      none: r.atNone,
    },
  };
}
