import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { ADVERSE_EVENT_TYPES, ADVERSE_SEVERITIES } from '@/db/value-sets';
import { auditListViewed } from '@/lib/audit/record';
import { requireActor } from '@/lib/auth/actor';
import { ADVERSE_EVENT_LABELS, ADVERSE_SEVERITY_LABELS } from '@/lib/domain/labels';
import { regionLabel } from '@/lib/domain/regions';
import { getSettings } from '@/lib/settings';
import { groupedMedian } from './cohort-sql';
import { withCohort } from './cohort-table';
import { filtersToQuery, outcomeFiltersSchema, type OutcomeFilters } from './filters';
import { periodEvents, periodSessions } from './safety-sql';
import { wilson95, type RateCi } from './stats';

/**
 * A safety rate: injection sessions with at least one adverse event of the kind (`count`) over the injection sessions
 * (`n`), with the Wilson 95 % interval of that proportion; × 100 it reads "per 100 injection sessions".
 */
export interface SafetyRate extends RateCi {
  key: string;
  label: string;
  /** Adverse events of the kind attributed to those sessions (a session can have several). */
  events: number;
  /** Courses the denominator's sessions belong to. */
  courses: number;
  /** Fewer courses than the minGroupSize setting: too few to judge. */
  small: boolean;
}

export interface SeriousEvent {
  id: number;
  courseId: number;
  onsetDate: string;
  type: string;
  severity: string | null;
  region: string;
  sessionDate: string;
  specialistName: string;
  resolutionDate: string | null;
  daysToResolution: number | null;
}

export interface ResolutionFigure {
  key: string;
  label: string;
  /** Median days from onset to resolution over the resolved events. */
  median: number | null;
  resolved: number;
  ongoing: number;
}

export interface SafetyFigures {
  /** Courses of the cohort (what the export's smallest-group check counts). */
  courses: number;
  injectionSessions: number;
  overall: SafetyRate;
  serious: SafetyRate;
  byType: SafetyRate[];
  bySeverity: SafetyRate[];
  byRegion: SafetyRate[];
  /** Events attributed to a session without injections (a review): listed and timed, outside the rates. */
  eventsOutsideRates: number;
  seriousEvents: SeriousEvent[];
  resolution: { overall: ResolutionFigure; byType: ResolutionFigure[] };
}

const UNRECORDED = 'not_recorded';

function rate(key: string, label: string, count: number, events: number, n: number, courses: number, minGroupSize: number): SafetyRate {
  return { ...wilson95(count, n), key, label, events, courses, small: courses < minGroupSize };
}

interface RawCount {
  grp: string;
  sessions: number;
  events: number;
}

function readRates(db: Db, filters: OutcomeFilters, minGroupSize: number) {
  const sessions = periodSessions(filters);
  const regions = db.all<{ grp: string; n: number; count: number; events: number; courses: number }>(sql`
    select s.region as "grp", count(*) as "n", count(case when s.adverse > 0 then 1 end) as "count",
           sum(s.adverse) as "events", count(distinct s.course_id) as "courses"
    from ${sessions} s where s.injections > 0
    group by s.region order by count(*) desc, s.region`);
  const n = regions.reduce((acc, r) => acc + r.n, 0);
  const courses = regions.reduce((acc, r) => acc + r.courses, 0);
  const counted = (key: 'type' | 'severity' | 'serious') => {
    const grp = key === 'severity' ? sql`coalesce(a.severity, ${UNRECORDED})` : key === 'type' ? sql`a.type` : sql`'serious'`;
    return db.all<RawCount>(sql`
      select ${grp} as "grp", count(distinct a.session_id) as "sessions", count(*) as "events"
      from ${periodEvents(filters)} a
      where a.injections > 0 ${key === 'serious' ? sql`and a.serious = 1` : sql``}
      group by ${grp}`);
  };
  const make = (rows: RawCount[], keys: readonly string[], label: (k: string) => string) =>
    keys.map((k) => {
      const row = rows.find((r) => r.grp === k);
      return rate(k, label(k), row?.sessions ?? 0, row?.events ?? 0, n, courses, minGroupSize);
    });
  const severities = counted('severity');
  const severityKeys = severities.some((r) => r.grp === UNRECORDED) ? [...ADVERSE_SEVERITIES, UNRECORDED] : ADVERSE_SEVERITIES;
  const withEvents = regions.reduce((acc, r) => acc + r.count, 0);
  const events = regions.reduce((acc, r) => acc + r.events, 0);
  const outside = db.get<{ n: number }>(sql`select count(*) as "n" from ${periodEvents(filters)} a where a.injections = 0`)?.n ?? 0;
  return {
    courses: db.get<{ n: number }>(sql`select count(*) as "n" from oc_facts`)?.n ?? 0,
    injectionSessions: n,
    overall: rate('all', 'Any adverse event', withEvents, events, n, courses, minGroupSize),
    serious: make(counted('serious'), ['serious'], () => 'Serious adverse event')[0],
    byType: make(counted('type'), ADVERSE_EVENT_TYPES, (k) => ADVERSE_EVENT_LABELS[k as keyof typeof ADVERSE_EVENT_LABELS]),
    bySeverity: make(severities, severityKeys, (k) =>
      k === UNRECORDED ? 'Not recorded' : ADVERSE_SEVERITY_LABELS[k as keyof typeof ADVERSE_SEVERITY_LABELS],
    ),
    byRegion: regions.map((r) => rate(r.grp, regionLabel(r.grp), r.count, r.events, r.n, r.courses, minGroupSize)),
    eventsOutsideRates: outside,
  };
}

function readSeriousEvents(db: Db, filters: OutcomeFilters): (SeriousEvent & { patientId: number })[] {
  return db.all<SeriousEvent & { patientId: number }>(sql`
    select a.id as "id", a.course_id as "courseId", a.patient_id as "patientId", a.onset_date as "onsetDate", a.type as "type",
           a.severity as "severity", a.region as "region", a.session_date as "sessionDate", u.name as "specialistName",
           a.resolution_date as "resolutionDate", a.days_to_resolution as "daysToResolution"
    from ${periodEvents(filters)} a
    join users u on u.id = a.specialist_id
    where a.serious = 1
    order by a.onset_date desc, a.id desc`);
}

function readResolution(db: Db, filters: OutcomeFilters) {
  const events = sql`(select a.type as type, a.days_to_resolution as days from ${periodEvents(filters)} a)`;
  const rows = db.all<{ grp: string; resolved: number; ongoing: number; median: number | null }>(sql`
    with e as ${events}
    select g.grp as "grp", g.resolved as "resolved", g.ongoing as "ongoing", m.median as "median"
    from (select type as grp, count(days) as resolved, count(*) - count(days) as ongoing from e group by type) g
    left join (${groupedMedian(sql`select type as grp, days as value from e`)}) m on m.grp = g.grp
    union all
    select 'all', (select count(days) from e), (select count(*) - count(days) from e),
           (select median from (${groupedMedian(sql`select 1 as grp, days as value from e`)}) o)`);
  const figure = (r: (typeof rows)[number] | undefined, key: string, label: string): ResolutionFigure => ({
    key,
    label,
    median: r?.median ?? null,
    resolved: r?.resolved ?? 0,
    ongoing: r?.ongoing ?? 0,
  });
  return {
    overall: figure(
      rows.find((r) => r.grp === 'all'),
      'all',
      'All adverse events',
    ),
    byType: ADVERSE_EVENT_TYPES.filter((t) => rows.some((r) => r.grp === t)).map((t) =>
      figure(
        rows.find((r) => r.grp === t),
        t,
        ADVERSE_EVENT_LABELS[t],
      ),
    ),
  };
}

/**
 * The safety figures of the outcome cohort (managers and admins): rates per 100 injection sessions overall, serious,
 * by type, severity and course region; the serious events; days to resolution. Events count by the session they are
 * attributed to, inside the date range. The serious list's view is audited like other lists that lead to patients.
 */
export async function getSafetyFigures(input: OutcomeFilters): Promise<SafetyFigures> {
  const actor = await requireActor(['manager', 'admin']);
  const filters = outcomeFiltersSchema.parse(input);
  const { minGroupSize } = getSettings();
  return withCohort(actor, filters, (db) => {
    const serious = readSeriousEvents(db, filters);
    auditListViewed(
      db,
      actor,
      'serious_adverse_events',
      serious.map((e) => e.patientId),
      { filters: filtersToQuery(filters) },
    );
    return {
      ...readRates(db, filters, minGroupSize),
      seriousEvents: serious.map(({ patientId: _patientId, ...event }) => event),
      resolution: readResolution(db, filters),
    };
  });
}
