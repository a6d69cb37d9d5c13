import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { getDb } from '@/db';
import { recordAudit } from '@/lib/audit/chain';
import { requireActor } from '@/lib/auth/actor';
import { withCohort } from './cohort-table';
import { filtersToQuery, outcomeFiltersSchema, type OutcomeFilters } from './filters';
import { ageBand, daysSince, pseudonymKey } from './pseudonym';
import { todayIso } from '@/lib/domain/dates';
import { followUpState } from '@/lib/domain/follow-up-schedule';
import {
  COURSE_COLUMNS,
  COURSE_HEADER,
  FOLLOW_UP_COLUMNS,
  FOLLOW_UP_HEADER,
  SESSION_COLUMNS,
  SESSION_HEADER,
  type CourseRecord,
  type FollowUpRecord,
  type RawExportFollowUp,
  type RawExportCourse,
  type SessionRecord,
  type RawExportSession,
} from './export-columns';

export type ExportKind = 'courses' | 'sessions' | 'follow-ups';

interface CsvExport {
  filename: string;
  csv: string;
  rows: number;
}

function exportSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET must be set to export data.');
  return secret;
}

const yesNo = (v: number | null | undefined) => (v == null ? '' : v ? 'yes' : 'no');

function courseRecords(rows: RawExportCourse[], secret: string): CourseRecord[] {
  return rows.map((r) => ({
    patient_key: pseudonymKey('patient', r.patientId, secret),
    course_key: pseudonymKey('course', r.courseId, secret),
    age_band: ageBand(r.dateOfBirth, r.startDate),
    sex: r.sex,
    condition: r.condition,
    region: r.region,
    side: r.side,
    specialist_id: r.specialistId,
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
    condition: r.condition,
    session_number: r.k,
    day: daysSince(r.startDate, r.sessionDate),
    pain: r.pain,
    mobility: r.mobility,
    sleep: r.sleep,
    ultrasound_guided: yesNo(r.ultrasoundGuided),
    needling: yesNo(r.needling),
    adverse_event: r.adverseEvent,
    site_code: r.siteCode,
    site_side: r.siteSide,
    injection_count: r.injectionCount,
    dextrose_pct: r.dextrosePct,
    anaesthetic: r.anaesthetic,
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

const HEADERS = { courses: COURSE_HEADER, sessions: SESSION_HEADER, 'follow-ups': FOLLOW_UP_HEADER } as const;

/**
 * De-identified CSV of the filtered cohort (managers and admins only): pseudonymous keys, age band instead of
 * date of birth, dates as days since course start (follow-ups: since the last injection), no names, contact
 * details, free-text notes or follow-up comments. Audited.
 */
export async function exportOutcomesCsv(kind: ExportKind, input: OutcomeFilters): Promise<CsvExport> {
  const actor = await requireActor(['manager', 'admin']);
  const filters = outcomeFiltersSchema.parse(input);
  const secret = exportSecret();
  const records = withCohort(actor, filters, (db) => {
    if (kind === 'courses') return courseRecords(db.all<RawExportCourse>(COURSE_COLUMNS), secret);
    if (kind === 'sessions') return sessionRecords(db.all<RawExportSession>(SESSION_COLUMNS), secret);
    return followUpRecords(db.all<RawExportFollowUp>(FOLLOW_UP_COLUMNS), secret, todayIso());
  });
  const header = HEADERS[kind];
  const csv = stringify(records, { header: true, columns: [...header] });
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
