import { sql, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = () => new Date().toISOString();
/** Stamped on insert and, by drizzle, on every update made with the query builder. */
const updatedAt = () => text('updated_at').notNull().$defaultFn(now).$onUpdateFn(now);

import {
  ADVERSE_EVENTS,
  ADVERSE_EVENT_TYPES,
  ADVERSE_SEVERITIES,
  ANAESTHETIC_AGENTS,
  CHECK_IN_HANDLINGS,
  CHECK_IN_PAIN,
  COURSE_SIDES,
  COURSE_STATUSES,
  FOLLOW_UP_SOURCES,
  LOGIN_ATTEMPT_OUTCOMES,
  PATIENT_LINK_PURPOSES,
  ROLES,
  SESSION_END_REASONS,
  SEXES,
  SITE_SIDES,
} from './value-sets';

export {
  ADVERSE_EVENTS,
  ADVERSE_EVENT_TYPES,
  ADVERSE_SEVERITIES,
  ANAESTHETIC_AGENTS,
  CHECK_IN_HANDLINGS,
  CHECK_IN_PAIN,
  COURSE_SIDES,
  COURSE_STATUSES,
  FOLLOW_UP_SOURCES,
  LOGIN_ATTEMPT_OUTCOMES,
  PATIENT_LINK_PURPOSES,
  ROLES,
  SESSION_END_REASONS,
  SEXES,
  SITE_SIDES,
};

const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Set when an admin creates the account or resets its password: the holder must choose their own first. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().$defaultFn(now),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), check('users_role_check', inList('role', ROLES))],
);

export const patients = sqliteTable(
  'patients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mrn: text('mrn').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    dateOfBirth: text('date_of_birth').notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    phone: text('phone'),
    email: text('email'),
    weightKg: real('weight_kg'),
    specialistId: integer('specialist_id')
      .notNull()
      .references(() => users.id),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().$defaultFn(now),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('patients_mrn_unique').on(t.mrn),
    index('patients_specialist_idx').on(t.specialistId, t.archived),
    index('patients_name_idx').on(t.familyName, t.givenName),
    check('patients_sex_check', inList('sex', SEXES)),
  ],
);

/** Doctors who refer patients (a GP, a surgeon): the recipients of progress letters. The clinic keeps one list. */
export const referrers = sqliteTable(
  'referrers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    practice: text('practice'),
    address: text('address'),
    email: text('email'),
    createdAt: text('created_at').notNull().$defaultFn(now),
    updatedAt: updatedAt(),
  },
  (t) => [index('referrers_name_idx').on(t.name)],
);

export const courses = sqliteTable(
  'courses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    condition: text('condition').notNull(),
    region: text('region').notNull(),
    side: text('side', { enum: COURSE_SIDES }).notNull(),
    specialistId: integer('specialist_id')
      .notNull()
      .references(() => users.id),
    startDate: text('start_date').notNull(),
    plannedSessions: integer('planned_sessions').notNull().default(4),
    intervalWeeks: integer('interval_weeks').notNull().default(4),
    status: text('status', { enum: COURSE_STATUSES }).notNull().default('active'),
    endReason: text('end_reason'),
    endDate: text('end_date'),
    notes: text('notes'),
    referrerId: integer('referrer_id').references(() => referrers.id),
    createdAt: text('created_at').notNull().$defaultFn(now),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('courses_patient_idx').on(t.patientId),
    index('courses_specialist_status_idx').on(t.specialistId, t.status),
    index('courses_condition_idx').on(t.condition),
    check('courses_side_check', inList('side', COURSE_SIDES)),
    check('courses_status_check', inList('status', COURSE_STATUSES)),
    check('courses_planned_check', sql`planned_sessions between 1 and 30`),
    check('courses_interval_check', sql`interval_weeks between 1 and 12`),
    check('courses_end_check', sql`status = 'active' or end_date is not null`),
  ],
);

export const treatmentSessions = sqliteTable(
  'treatment_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    sessionDate: text('session_date').notNull(),
    pain: integer('pain'),
    mobility: integer('mobility'),
    sleep: integer('sleep'),
    ultrasoundGuided: integer('ultrasound_guided', { mode: 'boolean' }).notNull().default(true),
    needling: integer('needling', { mode: 'boolean' }).notNull().default(false),
    /**
     * Retired: adverse events are rows of `adverse_events` (migrated from here, then set to 'none' / null). The
     * columns stay because dropping them means rebuilding this table, which foreign keys would cascade into.
     */
    adverseEvent: text('adverse_event', { enum: ADVERSE_EVENTS }).notNull().default('none'),
    adverseEventNote: text('adverse_event_note'),
    notes: text('notes'),
    /** Why the session's anaesthetic went above the maximum dose, confirmed by the specialist (audited). */
    doseOverrideReason: text('dose_override_reason'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull().$defaultFn(now),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Covers the outcomes scan (sessions of a course in order, with their scores) without reading the table.
    index('sessions_course_order_idx').on(t.courseId, t.sessionDate, t.id, t.pain, t.mobility, t.sleep, t.adverseEvent),
    index('sessions_date_idx').on(t.sessionDate),
    check('sessions_pain_check', sql`pain is null or pain between 0 and 10`),
    check('sessions_mobility_check', sql`mobility is null or mobility between 0 and 10`),
    check('sessions_sleep_check', sql`sleep is null or sleep between 0 and 10`),
    check('sessions_adverse_check', inList('adverse_event', ADVERSE_EVENTS)),
  ],
);

export const injections = sqliteTable(
  'injections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => treatmentSessions.id, { onDelete: 'cascade' }),
    siteCode: text('site_code').notNull(),
    side: text('side', { enum: SITE_SIDES }).notNull(),
    injectionCount: integer('injection_count').notNull().default(1),
    dextrosePct: real('dextrose_pct'),
    /** Free text as typed before the coded list; kept for `other`, never exported. */
    anaesthetic: text('anaesthetic'),
    // New columns are checked by validation only: a CHECK would need a table rebuild, which foreign keys cascade into.
    anaestheticAgent: text('anaesthetic_agent', { enum: ANAESTHETIC_AGENTS }),
    /** Volume of the anaesthetic at this site (its concentration follows from the agent). */
    anaestheticMl: real('anaesthetic_ml'),
    volumeMl: real('volume_ml'),
    lotNumber: text('lot_number'),
  },
  (t) => [
    index('injections_session_count_idx').on(t.sessionId, t.injectionCount),
    check('injections_side_check', inList('side', SITE_SIDES)),
    check('injections_count_check', sql`injection_count between 1 and 20`),
    check('injections_dextrose_check', sql`dextrose_pct is null or (dextrose_pct > 0 and dextrose_pct <= 50)`),
    check('injections_volume_check', sql`volume_ml is null or (volume_ml > 0 and volume_ml <= 50)`),
  ],
);

/**
 * Adverse events, several per session possible, each attributed to one session of its course (possibly an earlier
 * one than the session at which it was recorded). `severity` is null only on records migrated from the retired
 * per-session field, which had none. `description` is free text: shown to the clinic, never exported.
 */
export const adverseEvents = sqliteTable(
  'adverse_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    sessionId: integer('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    type: text('type', { enum: ADVERSE_EVENT_TYPES }).notNull(),
    description: text('description'),
    severity: text('severity', { enum: ADVERSE_SEVERITIES }),
    /** Led to a hospital admission, an emergency visit or lasting harm. */
    serious: integer('serious', { mode: 'boolean' }).notNull().default(false),
    onsetDate: text('onset_date').notNull(),
    /** Null while ongoing. */
    resolutionDate: text('resolution_date'),
    actionTaken: text('action_taken'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull().$defaultFn(now),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('adverse_events_course_idx').on(t.courseId, t.sessionId),
    index('adverse_events_session_idx').on(t.sessionId),
    check('adverse_events_type_check', inList('type', ADVERSE_EVENT_TYPES)),
    check('adverse_events_severity_check', sql`severity is null or ${inList('severity', ADVERSE_SEVERITIES)}`),
    check('adverse_events_other_check', sql`type <> 'other' or description is not null`),
    check('adverse_events_resolution_check', sql`resolution_date is null or resolution_date >= onset_date`),
  ],
);

/** Versions of the clinic's consent form; the version that applies on a date is the latest one applying from it. */
export const consentFormVersions = sqliteTable(
  'consent_form_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    text: text('text').notNull(),
    appliesFrom: text('applies_from').notNull(),
    createdAt: text('created_at').notNull().$defaultFn(now),
  },
  (t) => [index('consent_form_versions_applies_idx').on(t.appliesFrom)],
);

/** A patient's consent to the injections of a course, on a version of the consent form. */
export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    versionId: integer('version_id')
      .notNull()
      .references(() => consentFormVersions.id),
    consentDate: text('consent_date').notNull(),
    witness: text('witness'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull().$defaultFn(now),
  },
  (t) => [index('consents_course_idx').on(t.courseId, t.consentDate)],
);

/**
 * Outcome facts maintained with every session write (lib/outcomes/facts.ts), so the outcomes page reads per-course
 * rows instead of scanning every session. Nothing here depends on OUTCOME_SETTINGS thresholds.
 * One row per session of a course, numbered `k` in course order (session date, then id).
 */
export const outcomeSessionFacts = sqliteTable(
  'outcome_session_facts',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    k: integer('k').notNull(),
    sessionId: integer('session_id').notNull(),
    sessionDate: text('session_date').notNull(),
    pain: integer('pain'),
    mobility: integer('mobility'),
    sleep: integer('sleep'),
    injections: integer('injections').notNull(),
    adverse: integer('adverse').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.k] }), index('outcome_session_facts_date_idx').on(t.sessionDate, t.courseId, t.injections, t.adverse)],
);

/** One row per course with at least one session: counts, dates and first/last score (and its `k`) per measure, and the candidate follow-up. */
export const outcomeCourseFacts = sqliteTable('outcome_course_facts', {
  courseId: integer('course_id')
    .primaryKey()
    .references(() => courses.id),
  sessions: integer('sessions').notNull(),
  firstDate: text('first_date').notNull(),
  lastDate: text('last_date').notNull(),
  injections: integer('injections').notNull(),
  adverseSessions: integer('adverse_sessions').notNull(),
  painN: integer('pain_n').notNull(),
  painK0: integer('pain_k0'),
  painK1: integer('pain_k1'),
  pain0: integer('pain0'),
  pain1: integer('pain1'),
  mobilityN: integer('mobility_n').notNull(),
  mobilityK0: integer('mobility_k0'),
  mobilityK1: integer('mobility_k1'),
  mobility0: integer('mobility0'),
  mobility1: integer('mobility1'),
  sleepN: integer('sleep_n').notNull(),
  sleepK0: integer('sleep_k0'),
  sleepK1: integer('sleep_k1'),
  sleep0: integer('sleep0'),
  sleep1: integer('sleep1'),
  /**
   * The answered follow-up the primary outcome would judge the course at (the primary time point's when answered,
   * else the latest answered): its time point, answer date and pain; null without one. Kept by triggers on follow_ups.
   */
  followUpPoint: text('follow_up_point'),
  followUpDate: text('follow_up_date'),
  followUpPain: integer('follow_up_pain'),
});

/**
 * The sessions after the pain baseline at which pain reached a new low below the baseline. The responder rule is
 * monotone in pain, so the first session meeting it (for any thresholds) is one of these: sessions to response is
 * a lookup of a few rows per course.
 */
export const outcomePainLows = sqliteTable(
  'outcome_pain_lows',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    k: integer('k').notNull(),
    pain: integer('pain').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.k] })],
);

/**
 * One row (id 1) whose `version` triggers raise on every change to a table the outcome figures read (courses,
 * sessions, the outcome facts, follow-ups, patients, users), from any process: the outcomes dashboard recomputes
 * when it moves and otherwise answers from the figures it computed last (lib/outcomes/dashboard-cache.ts).
 */
export const outcomeDataVersion = sqliteTable('outcome_data_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});

/**
 * Patient-reported follow-ups after the last session with injections (time points in
 * lib/domain/follow-up-schedule.ts). The state (upcoming, due, answered, missed) follows from the window and
 * answered_at. The comment is free text from the patient: shown to the clinic, never exported.
 */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    timePoint: text('time_point').notNull(),
    dueDate: text('due_date').notNull(),
    windowStart: text('window_start').notNull(),
    windowEnd: text('window_end').notNull(),
    answeredAt: text('answered_at'),
    pain: integer('pain'),
    mobility: integer('mobility'),
    sleep: integer('sleep'),
    globalImpression: integer('global_impression'),
    comment: text('comment'),
    source: text('source', { enum: FOLLOW_UP_SOURCES }).notNull().default('patient'),
    createdAt: text('created_at').notNull().$defaultFn(now),
    updatedAt: text('updated_at').notNull().$defaultFn(now),
  },
  (t) => [
    uniqueIndex('follow_ups_course_point_unique').on(t.courseId, t.timePoint),
    index('follow_ups_window_idx').on(t.windowEnd, t.windowStart),
    check('follow_ups_pain_check', sql`pain is null or pain between 0 and 10`),
    check('follow_ups_mobility_check', sql`mobility is null or mobility between 0 and 10`),
    check('follow_ups_sleep_check', sql`sleep is null or sleep between 0 and 10`),
    check('follow_ups_impression_check', sql`global_impression is null or global_impression between 1 and 7`),
    check('follow_ups_window_check', sql`window_start <= due_date and due_date <= window_end`),
    check(
      'follow_ups_answer_check',
      sql`answered_at is null or (pain is not null and mobility is not null and sleep is not null and global_impression is not null)`,
    ),
    check('follow_ups_source_check', inList('source', FOLLOW_UP_SOURCES)),
  ],
);

/**
 * One-use links a patient answers without an account. Only the SHA-256 of the token is stored; the token is
 * derived from `token_salt` with a server key (lib/patient-links/token.ts) so reminders can repeat the link.
 * The patient's email address is never copied here: `emailed_at` only says the link was sent to it.
 */
export const patientLinks = sqliteTable(
  'patient_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    tokenSalt: text('token_salt').notNull(),
    purpose: text('purpose', { enum: PATIENT_LINK_PURPOSES }).notNull(),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    followUpId: integer('follow_up_id').references(() => followUps.id, { onDelete: 'cascade' }),
    /** The session with injections whose check-in the link asks (purpose 'check_in'). */
    sessionId: integer('session_id').references(() => treatmentSessions.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().$defaultFn(now),
    expiresAt: text('expires_at').notNull(),
    openedAt: text('opened_at'),
    usedAt: text('used_at'),
    /** Set when a newer link for the same questions replaced this one. */
    revokedAt: text('revoked_at'),
    /** Set once by the link job when the link passed its expiry unused (and the expiry was audited). */
    expiredAt: text('expired_at'),
    emailedAt: text('emailed_at'),
    reminderDay3At: text('reminder_day3_at'),
    reminderDay7At: text('reminder_day7_at'),
  },
  (t) => [
    uniqueIndex('patient_links_token_unique').on(t.tokenHash),
    index('patient_links_follow_up_idx').on(t.followUpId),
    index('patient_links_session_idx').on(t.sessionId),
    index('patient_links_course_idx').on(t.courseId, t.purpose),
    index('patient_links_open_idx').on(t.usedAt, t.expiresAt),
    check('patient_links_purpose_check', inList('purpose', PATIENT_LINK_PURPOSES)),
    check(
      'patient_links_target_check',
      sql`(purpose = 'follow_up') = (follow_up_id is not null) and (purpose = 'check_in') = (session_id is not null)`,
    ),
  ],
);

/**
 * Scores a patient entered before a session (waiting room or a link). The session that used them points back
 * here, so both the patient's and the specialist's values are kept.
 */
export const preSessionReports = sqliteTable(
  'pre_session_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    linkId: integer('link_id')
      .notNull()
      .references(() => patientLinks.id),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    reportedAt: text('reported_at').notNull(),
    pain: integer('pain').notNull(),
    mobility: integer('mobility').notNull(),
    sleep: integer('sleep').notNull(),
    sessionId: integer('session_id').references(() => treatmentSessions.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('pre_session_reports_link_unique').on(t.linkId),
    uniqueIndex('pre_session_reports_session_unique').on(t.sessionId),
    index('pre_session_reports_course_idx').on(t.courseId, t.reportedAt),
    check('pre_session_reports_pain_check', sql`pain between 0 and 10`),
    check('pre_session_reports_mobility_check', sql`mobility between 0 and 10`),
    check('pre_session_reports_sleep_check', sql`sleep between 0 and 10`),
  ],
);

/**
 * A patient's answers to the check-in after one session with injections (lib/domain/check-in.ts: window, red
 * flags). One per session; `red_flag` is fixed when answered. A red flag stays on the specialist's worklist until
 * `handled_at` records what was done.
 */
export const checkIns = sqliteTable(
  'check_ins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => treatmentSessions.id),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    linkId: integer('link_id')
      .notNull()
      .references(() => patientLinks.id),
    answeredAt: text('answered_at').notNull(),
    pain: text('pain', { enum: CHECK_IN_PAIN }).notNull(),
    spreadingRedness: integer('spreading_redness', { mode: 'boolean' }).notNull(),
    fever: integer('fever', { mode: 'boolean' }).notNull(),
    breathlessChestPain: integer('breathless_chest_pain', { mode: 'boolean' }).notNull(),
    posturalHeadache: integer('postural_headache', { mode: 'boolean' }).notNull(),
    numbnessWeakness: integer('numbness_weakness', { mode: 'boolean' }).notNull(),
    redFlag: integer('red_flag', { mode: 'boolean' }).notNull(),
    handledAt: text('handled_at'),
    handledBy: integer('handled_by').references(() => users.id),
    handling: text('handling', { enum: CHECK_IN_HANDLINGS }),
    /** Free text from the specialist: shown to the clinic, never exported. */
    handlingNote: text('handling_note'),
  },
  (t) => [
    uniqueIndex('check_ins_session_unique').on(t.sessionId),
    index('check_ins_course_idx').on(t.courseId),
    index('check_ins_open_flags_idx').on(t.redFlag, t.handledAt),
    check('check_ins_pain_check', inList('pain', CHECK_IN_PAIN)),
    check('check_ins_handling_check', sql`handling is null or ${inList('handling', CHECK_IN_HANDLINGS)}`),
    check('check_ins_handled_check', sql`(handled_at is null) = (handling is null) and (handled_at is null) = (handled_by is null)`),
    check('check_ins_handled_flag_check', sql`handled_at is null or red_flag = 1`),
  ],
);

/**
 * Progress letters as sent: the PDF bytes exactly as generated, with their SHA-256, so a download is checked
 * against the hash recorded (here and in the audit event) when the letter was made.
 */
export const letters = sqliteTable(
  'letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id),
    referrerId: integer('referrer_id').references(() => referrers.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().$defaultFn(now),
    /** The plan or comment the specialist wrote for this letter. */
    plan: text('plan').notNull(),
    sha256: text('sha256').notNull(),
    byteLength: integer('byte_length').notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('letters_course_idx').on(t.courseId, t.createdAt)],
);

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().$defaultFn(now),
    userId: integer('user_id'),
    userEmail: text('user_email'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    patientId: integer('patient_id'),
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
    details: text('details'),
    ip: text('ip'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_user_idx').on(t.userId),
    index('audit_patient_idx').on(t.patientId),
    index('audit_action_idx').on(t.action, t.at),
  ],
);

/** Versioned clinic settings: every change is a new row; the latest row per key that has taken effect applies. */
export const clinicSettings = sqliteTable(
  'clinic_settings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    /** JSON-encoded value, validated against the key's definition on write and on read. */
    value: text('value').notNull(),
    effectiveFrom: text('effective_from').notNull().$defaultFn(now),
    changedBy: integer('changed_by').references(() => users.id),
    reason: text('reason'),
  },
  (t) => [index('clinic_settings_key_idx').on(t.key, t.effectiveFrom)],
);

/**
 * One row per sign-in. The session token carries a random id; only its SHA-256 is stored. A token whose row is
 * missing or revoked is signed out (lib/auth/sessions.ts).
 */
export const authSessions = sqliteTable(
  'auth_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().$defaultFn(now),
    lastSeenAt: text('last_seen_at').notNull().$defaultFn(now),
    revokedAt: text('revoked_at'),
    revokedReason: text('revoked_reason', { enum: SESSION_END_REASONS }),
  },
  (t) => [
    index('auth_sessions_user_idx').on(t.userId, t.revokedAt),
    index('auth_sessions_created_idx').on(t.createdAt),
    check('auth_sessions_reason_check', sql`revoked_reason is null or ${inList('revoked_reason', SESSION_END_REASONS)}`),
  ],
);

/** Sign-in attempts within the throttle window (lib/auth/throttle.ts); older rows are deleted. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    email: text('email').notNull(),
    ip: text('ip'),
    outcome: text('outcome', { enum: LOGIN_ATTEMPT_OUTCOMES }).notNull().default('pending'),
  },
  (t) => [
    index('login_attempts_email_idx').on(t.email, t.at, t.outcome),
    index('login_attempts_ip_idx').on(t.ip, t.at, t.outcome),
    index('login_attempts_at_idx').on(t.at),
    check('login_attempts_outcome_check', inList('outcome', LOGIN_ATTEMPT_OUTCOMES)),
  ],
);

/**
 * A staff member's TOTP two-factor sign-in (lib/auth/two-factor-store.ts). The secret is sealed with AES-256-GCM
 * (lib/auth/secret-box.ts); `enabled_at` is null while enrolment awaits its first code. `last_step` is the last
 * accepted 30-second time step, so a code is never accepted twice.
 */
export const twoFactor = sqliteTable('two_factor', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  secret: text('secret').notNull(),
  enabledAt: text('enabled_at'),
  lastStep: integer('last_step'),
  createdAt: text('created_at').notNull().$defaultFn(now),
});

/** One-time recovery codes (SHA-256 of the code only); a used code keeps its row with `used_at`. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: text('created_at').notNull().$defaultFn(now),
    usedAt: text('used_at'),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_unique').on(t.userId, t.codeHash)],
);

export type User = InferSelectModel<typeof users>;
export type Patient = InferSelectModel<typeof patients>;
export type NewPatient = InferInsertModel<typeof patients>;
export type Course = InferSelectModel<typeof courses>;
export type Referrer = InferSelectModel<typeof referrers>;
export type TreatmentSession = InferSelectModel<typeof treatmentSessions>;
export type Injection = InferSelectModel<typeof injections>;
export type AuditEvent = InferSelectModel<typeof auditEvents>;
export type FollowUp = InferSelectModel<typeof followUps>;
export type PatientLink = InferSelectModel<typeof patientLinks>;
export type PreSessionReport = InferSelectModel<typeof preSessionReports>;
export type CheckIn = InferSelectModel<typeof checkIns>;
export type Role = (typeof ROLES)[number];
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export type AdverseEvent = (typeof ADVERSE_EVENTS)[number];
export type AdverseEventRecord = InferSelectModel<typeof adverseEvents>;
export type ConsentFormVersion = InferSelectModel<typeof consentFormVersions>;
