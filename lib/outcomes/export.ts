import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { recordAudit } from '@/lib/audit/chain';
import { requireActor } from '@/lib/auth/actor';
import { CONDITION_CODES } from '@/lib/domain/conditions';
import { REGION_CODES } from '@/lib/domain/regions';
import { ADVERSE_EVENT_TYPES, ADVERSE_SEVERITIES } from '@/db/value-sets';
import { findSite } from '@/lib/domain/sites';
import { AppError } from '@/lib/errors';
import { getSettings } from '@/lib/settings';
import { withCohort } from './cohort-table';
import { filtersToQuery, outcomeFiltersSchema, type OutcomeFilters } from './filters';
import { ageBand, daysSince, pseudonymKey } from './pseudonym';
import { todayIso } from '@/lib/domain/dates';
import { followUpState } from '@/lib/domain/follow-up-schedule';
import {
  ADVERSE_EVENT_HEADER,
  adverseEventColumns,
  COURSE_COLUMNS,
  COURSE_HEADER,
  FOLLOW_UP_COLUMNS,
  FOLLOW_UP_HEADER,
  SESSION_COLUMNS,
  SESSION_HEADER,
  type AdverseEventExportRecord,
  type CourseRecord,
  type FollowUpRecord,
  type RawExportFollowUp,
  type RawExportCourse,
  type SessionRecord,
  type RawExportSession,
  type RawExportAdverseEvent,
} from './export-columns';
import { writeCsv } from './export-csv';

export type ExportKind = 'courses' | 'sessions' | 'follow-ups' | 'adverse-events';

interface CsvExport {
  filename: string;
  csv: string;
  rows: number;
}

/** The pseudonym key: a secret of its own, so rotating the session secret neither changes nor exposes it. */
function exportKey(): string {
  const key = process.env.EXPORT_KEY;
  if (!key) throw new Error('EXPORT_KEY must be set to export data.');
  return key;
}

/** Text cells are codes from a fixed list; anything else (a value typed before validation existed) is `other`. */
const codeOrOther = (value: string | null, known: (code: string) => boolean) => (value == null ? null : known(value) ? value : 'other');
const isCondition = (code: string) => (CONDITION_CODES as readonly string[]).includes(code);
const isRegion = (code: string) => (REGION_CODES as readonly string[]).includes(code);
const isSite = (code: string) => Boolean(findSite(code));
const isAdverseType = (code: string) => (ADVERSE_EVENT_TYPES as readonly string[]).includes(code);
const isSeverity = (code: string) => (ADVERSE_SEVERITIES as readonly string[]).includes(code);

const yesNo = (v: number | null | undefined) => (v == null ? '' : v ? 'yes' : 'no');

function courseRecords(rows: RawExportCourse[], secret: string): CourseRecord[] {
  return rows.map((r) => ({
    patient_key: pseudonymKey('patient', r.patientId, secret),
    course_key: pseudonymKey('course', r.courseId, secret),
    age_band: ageBand(r.dateOfBirth, r.startDate),
    sex: r.sex,
    condition: codeOrOther(r.condition, isCondition),
    region: codeOrOther(r.region, isRegion),
    side: r.side,
    specialist_key: pseudonymKey('specialist', r.specialistId, secret),
    status: r.status,
    planned_sessions: r.plannedSessions,
    interval_weeks: r.intervalWeeks,
    sessions: r.sessions,
    last_session_day: daysSince(r.startDate, r.lastSessionDate),
    end_day: daysSince(r.startDate, r.endDate),
    baseline_pain: r.baselinePain,
    latest_pain: r.latestPain,
    baseline_mobility: r.baselineMobility,
    latest_mobility: r.latestMobility,
    baseline_sleep: r.baselineSleep,
    latest_sleep: r.latestSleep,
    responder: yesNo(r.responder),
    sessions_to_response: r.sessionsToResponse,
  }));
}

function sessionRecords(rows: RawExportSession[], secret: string): SessionRecord[] {
  return rows.map((r) => ({
    patient_key: pseudonymKey('patient', r.patientId, secret),
    course_key: pseudonymKey('course', r.courseId, secret),
    condition: codeOrOther(r.condition, isCondition),
    session_number: r.k,
    day: daysSince(r.startDate, r.sessionDate),
    pain: r.pain,
    mobility: r.mobility,
    sleep: r.sleep,
    ultrasound_guided: yesNo(r.ultrasoundGuided),
    needling: yesNo(r.needling),
    adverse_event: r.adverseEvent,
    site_code: codeOrOther(r.siteCode, isSite),
    site_side: r.siteSide,
    injection_count: r.injectionCount,
    dextrose_pct: r.dextrosePct,
    volume_ml: r.volumeMl,
  }));
}

function followUpRecords(rows: RawExportFollowUp[], secret: string, today: string): FollowUpRecord[] {
  return rows.map((r) => ({
    patient_key: pseudonymKey('patient', r.patientId, secret),
    course_key: pseudonymKey('course', r.courseId, secret),
    condition: r.condition,
    time_point: r.timePoint,
    state: followUpState(r, today),
    days_since_last_injection: r.answeredAt && r.lastInjectionDate ? daysSince(r.lastInjectionDate, r.answeredAt.slice(0, 10)) : null,
    pain: r.pain,
    mobility: r.mobility,
    sleep: r.sleep,
    global_impression: r.globalImpression,
  }));
}

function adverseEventRecords(rows: RawExportAdverseEvent[], secret: string): AdverseEventExportRecord[] {
  return rows.map((r) => ({
    patient_key: pseudonymKey('patient', r.patientId, secret),
    course_key: pseudonymKey('course', r.courseId, secret),
    specialist_key: pseudonymKey('specialist', r.specialistId, secret),
    condition: codeOrOther(r.condition, isCondition),
    region: codeOrOther(r.region, isRegion),
    session_number: r.k,
    session_day: daysSince(r.startDate, r.sessionDate),
    session_injections: r.injections,
    type: codeOrOther(r.type, isAdverseType),
    severity: codeOrOther(r.severity, isSeverity),
    serious: yesNo(r.serious),
    onset_day: daysSince(r.startDate, r.onsetDate),
    resolution_day: daysSince(r.startDate, r.resolutionDate),
    status: r.resolutionDate ? 'resolved' : 'ongoing',
    days_to_resolution: r.daysToResolution,
  }));
}

const HEADERS = {
  courses: COURSE_HEADER,
  sessions: SESSION_HEADER,
  'follow-ups': FOLLOW_UP_HEADER,
  'adverse-events': ADVERSE_EVENT_HEADER,
} as const;

/**
 * De-identified CSV of the filtered cohort (managers and admins only): pseudonymous patient, course and specialist
 * keys, age band instead of date of birth, dates as days since course start (follow-ups: since the last injection),
 * no names, contact details or free text (never a follow-up comment, an adverse event's description or action). Refused when the filters leave fewer courses
 * than the smallest group setting. Audited.
 */
export async function exportOutcomesCsv(kind: ExportKind, input: OutcomeFilters): Promise<CsvExport> {
  const actor = await requireActor(['manager', 'admin']);
  const filters = outcomeFiltersSchema.parse(input);
  const secret = exportKey();
  const { minGroupSize } = getSettings();
  const records = withCohort(actor, filters, (db) => {
    const courses = db.get<{ n: number }>(sql`select count(*) as n from oc_facts`)?.n ?? 0;
    if (courses < minGroupSize) {
      throw new AppError(
        'invalid',
        `These filters leave ${courses} course${courses === 1 ? '' : 's'}; an export needs at least ${minGroupSize} so that no patient can be singled out. Widen the filters.`,
      );
    }
    if (kind === 'courses') return courseRecords(db.all<RawExportCourse>(COURSE_COLUMNS), secret);
    if (kind === 'sessions') return sessionRecords(db.all<RawExportSession>(SESSION_COLUMNS), secret);
    if (kind === 'adverse-events') return adverseEventRecords(db.all<RawExportAdverseEvent>(adverseEventColumns(filters)), secret);
    return followUpRecords(db.all<RawExportFollowUp>(FOLLOW_UP_COLUMNS), secret, todayIso());
  });
  const csv = writeCsv(records, HEADERS[kind]);
  recordAudit(getDb(), {
    userId: actor.id,
    userEmail: actor.email,
    action: 'export',
    entity: kind,
    outcome: 'success',
    details: { rows: records.length, filters: filtersToQuery(filters), deidentified: true },
  });
  return { filename: `prolotrack-${kind}.csv`, csv, rows: records.length };
}
