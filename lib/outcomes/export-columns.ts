import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { OutcomeFilters } from './filters';
import { periodEvents } from './safety-sql';

/**
 * CSV headers, in column order. Nothing here identifies a patient or a specialist directly, and no column holds
 * free text: every text cell is a code from a fixed list (see `codeOrOther` in export.ts).
 */
export const COURSE_HEADER = [
  'patient_key',
  'course_key',
  'age_band',
  'sex',
  'condition',
  'region',
  'side',
  'specialist_key',
  'status',
  'planned_sessions',
  'interval_weeks',
  'sessions',
  'last_session_day',
  'end_day',
  'baseline_pain',
  'latest_pain',
  'baseline_mobility',
  'latest_mobility',
  'baseline_sleep',
  'latest_sleep',
  'responder',
  'sessions_to_response',
] as const;

export const SESSION_HEADER = [
  'patient_key',
  'course_key',
  'condition',
  'session_number',
  'day',
  'pain',
  'mobility',
  'sleep',
  'ultrasound_guided',
  'needling',
  'adverse_event',
  'site_code',
  'site_side',
  'injection_count',
  'dextrose_pct',
  'volume_ml',
] as const;

/** One row per follow-up of a cohort course; the patient's comment is never exported. */
export const FOLLOW_UP_HEADER = [
  'patient_key',
  'course_key',
  'condition',
  'time_point',
  'state',
  'days_since_last_injection',
  'pain',
  'mobility',
  'sleep',
  'global_impression',
] as const;

/**
 * One row per adverse event attributed to a cohort session in the date range: coded fields only (never the
 * description or the action taken), dates as days since the course start.
 */
export const ADVERSE_EVENT_HEADER = [
  'patient_key',
  'course_key',
  'specialist_key',
  'condition',
  'region',
  'session_number',
  'session_day',
  'session_injections',
  'type',
  'severity',
  'serious',
  'onset_day',
  'resolution_day',
  'status',
  'days_to_resolution',
] as const;

type Cell = string | number | null;
export type CourseRecord = Record<(typeof COURSE_HEADER)[number], Cell>;
export type SessionRecord = Record<(typeof SESSION_HEADER)[number], Cell>;
export type FollowUpRecord = Record<(typeof FOLLOW_UP_HEADER)[number], Cell>;
export type AdverseEventExportRecord = Record<(typeof ADVERSE_EVENT_HEADER)[number], Cell>;

export interface RawExportAdverseEvent {
  courseId: number;
  patientId: number;
  specialistId: number;
  condition: string;
  region: string;
  startDate: string;
  k: number;
  sessionDate: string;
  injections: number;
  type: string;
  severity: string | null;
  serious: number;
  onsetDate: string;
  resolutionDate: string | null;
  daysToResolution: number | null;
}

export interface RawExportFollowUp {
  courseId: number;
  patientId: number;
  condition: string;
  timePoint: string;
  windowStart: string;
  windowEnd: string;
  answeredAt: string | null;
  lastInjectionDate: string | null;
  pain: number | null;
  mobility: number | null;
  sleep: number | null;
  globalImpression: number | null;
}

export interface RawExportCourse {
  courseId: number;
  patientId: number;
  dateOfBirth: string;
  sex: string;
  condition: string;
  region: string;
  side: string;
  specialistId: number;
  status: string;
  plannedSessions: number;
  intervalWeeks: number;
  startDate: string;
  endDate: string | null;
  sessions: number;
  lastSessionDate: string | null;
  baselinePain: number | null;
  latestPain: number | null;
  baselineMobility: number | null;
  latestMobility: number | null;
  baselineSleep: number | null;
  latestSleep: number | null;
  responder: number | null;
  sessionsToResponse: number | null;
}

export interface RawExportSession {
  courseId: number;
  patientId: number;
  condition: string;
  startDate: string;
  k: number;
  sessionDate: string;
  pain: number | null;
  mobility: number | null;
  sleep: number | null;
  ultrasoundGuided: number;
  needling: number;
  /** The coded types of the adverse events attributed to the session, `;`-separated, or 'none'. */
  adverseEvent: string;
  siteCode: string | null;
  siteSide: string | null;
  injectionCount: number | null;
  dextrosePct: number | null;
  volumeMl: number | null;
}

/** Reads the cohort table of `withCohort`: one row per course (date of birth and dates are reduced before leaving the server). */
export const COURSE_COLUMNS = sql`
  select cf.course_id as "courseId", cf.patient_id as "patientId", p.date_of_birth as "dateOfBirth", p.sex as "sex",
         c.condition as "condition", c.region as "region", c.side as "side", c.specialist_id as "specialistId",
         c.status as "status", c.planned_sessions as "plannedSessions", c.interval_weeks as "intervalWeeks",
         c.start_date as "startDate", c.end_date as "endDate", cf.sessions as "sessions", cf.last_date as "lastSessionDate",
         cf.pain0 as "baselinePain", cf.pain1 as "latestPain",
         cf.mobility0 as "baselineMobility", cf.mobility1 as "latestMobility",
         cf.sleep0 as "baselineSleep", cf.sleep1 as "latestSleep",
         cf.responder as "responder", cf.sessions_to_response as "sessionsToResponse"
  from oc_facts cf
  join courses c on c.id = cf.course_id
  join patients p on p.id = cf.patient_id
  order by cf.course_id
`;

/** Reads the cohort table of `withCohort`: one row per injected site, or one row for a session without sites. */
export const SESSION_COLUMNS = sql`
  select sf.course_id as "courseId", cf.patient_id as "patientId", cf.condition as "condition",
         c.start_date as "startDate", sf.k as "k", sf.session_date as "sessionDate",
         sf.pain as "pain", sf.mobility as "mobility", sf.sleep as "sleep",
         s.ultrasound_guided as "ultrasoundGuided", s.needling as "needling",
         coalesce((select group_concat(type, ';') from (select a.type from adverse_events a where a.session_id = s.id order by a.id)),
                  'none') as "adverseEvent",
         i.site_code as "siteCode", i.side as "siteSide", i.injection_count as "injectionCount",
         i.dextrose_pct as "dextrosePct", i.volume_ml as "volumeMl"
  from oc_facts cf
  join outcome_session_facts sf on sf.course_id = cf.course_id
  join treatment_sessions s on s.id = sf.session_id
  join courses c on c.id = cf.course_id
  left join injections i on i.session_id = sf.session_id
  order by sf.course_id, sf.k, i.id
`;

/** Reads the cohort table of `withCohort`: one row per follow-up, with the course's last session with injections. */
export const FOLLOW_UP_COLUMNS = sql`
  select u.course_id as "courseId", cf.patient_id as "patientId", cf.condition as "condition", u.time_point as "timePoint",
         u.window_start as "windowStart", u.window_end as "windowEnd", u.answered_at as "answeredAt",
         (select max(sf.session_date) from outcome_session_facts sf where sf.course_id = u.course_id and sf.injections > 0)
           as "lastInjectionDate",
         u.pain as "pain", u.mobility as "mobility", u.sleep as "sleep", u.global_impression as "globalImpression"
  from oc_facts cf
  join follow_ups u on u.course_id = cf.course_id
  order by u.course_id, u.due_date
`;

/** Reads the cohort table of `withCohort`: one row per adverse event attributed to a session inside the date range. */
export function adverseEventColumns(filters: OutcomeFilters): SQL {
  return sql`
    select a.course_id as "courseId", a.patient_id as "patientId", a.specialist_id as "specialistId", a.condition as "condition",
           a.region as "region", a.start_date as "startDate", a.k as "k", a.session_date as "sessionDate", a.injections as "injections",
           a.type as "type", a.severity as "severity", a.serious as "serious", a.onset_date as "onsetDate",
           a.resolution_date as "resolutionDate", a.days_to_resolution as "daysToResolution"
    from ${periodEvents(filters)} a
    order by a.course_id, a.k, a.id
  `;
}
