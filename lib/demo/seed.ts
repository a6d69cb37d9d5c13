import type Database from 'better-sqlite3';
import { hashPassword } from '../auth/password';
import { toIsoDate } from '../domain/outcome-rules';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '@/db/schema';
import { factsStatements } from '../outcomes/facts-sql';
import { generateClinic } from './generate';
import { seedDemoFollowUps } from './follow-ups';
import { seedDemoCheckIns } from './check-ins';
import { DEMO_PASSWORD, DEMO_STAFF } from './people';
import { DEMO_REFERRERS } from './referrers';

export interface SeedOptions {
  patients?: number;
  today?: string;
  seed?: number;
  /** Extra specialists beyond the demo three (for large benchmark clinics). */
  extraSpecialists?: number;
}

export interface SeedResult {
  users: number;
  patients: number;
  courses: number;
  sessions: number;
  injections: number;
}

export function isEmpty(sqlite: Database.Database): boolean {
  const row = sqlite.prepare('select count(*) as n from users').get() as { n: number };
  return row.n === 0;
}

/** Fills an empty database with the demo clinic in one transaction. */
export async function seedDemoClinic(sqlite: Database.Database, options: SeedOptions = {}): Promise<SeedResult> {
  const today = options.today ?? toIsoDate(new Date());
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staff = [
    ...DEMO_STAFF,
    ...Array.from({ length: options.extraSpecialists ?? 0 }, (_, i) => ({
      email: `specialist${i + 4}@prolotrack.test`,
      name: `Dr Bench Specialist ${i + 4}`,
      role: 'specialist' as const,
    })),
  ];
  const specialistsCount = staff.filter((s) => s.role === 'specialist').length;
  const clinic = generateClinic({ patients: options.patients ?? 150, specialists: specialistsCount, today, seed: options.seed });
  const now = new Date().toISOString();

  const insertUser = sqlite.prepare(
    `insert into users (email, name, role, password_hash, active, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertPatient = sqlite.prepare(
    `insert into patients (mrn, given_name, family_name, date_of_birth, sex, phone, specialist_id, archived, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const insertCourse = sqlite.prepare(
    `insert into courses (patient_id, condition, region, side, specialist_id, start_date, planned_sessions, interval_weeks, status, end_reason, end_date, referrer_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSession = sqlite.prepare(
    `insert into treatment_sessions (course_id, session_date, pain, mobility, sleep, ultrasound_guided, needling, notes, recorded_by, recorded_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertConsent = sqlite.prepare(
    `insert into consents (course_id, version_id, consent_date, witness, recorded_by, recorded_at)
     values (?, (select id from consent_form_versions where applies_from <= ? order by applies_from desc, id desc limit 1), ?, 'Clinic nurse', ?, ?)`,
  );
  const insertAdverseEvent = sqlite.prepare(
    `insert into adverse_events (course_id, session_id, type, description, severity, serious, onset_date, resolution_date, recorded_by, recorded_at, updated_at)
     values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
  );
  const insertReferrer = sqlite.prepare(`insert into referrers (name, practice, address, email, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`);
  const insertInjection = sqlite.prepare(
    `insert into injections (session_id, site_code, side, injection_count, dextrose_pct, anaesthetic, volume_ml) values (?, ?, ?, ?, ?, ?, ?)`,
  );

  const result: SeedResult = { users: 0, patients: 0, courses: 0, sessions: 0, injections: 0 };
  sqlite.transaction(() => {
    const specialistIds: number[] = [];
    for (const member of staff) {
      const id = Number(insertUser.run(member.email, member.name, member.role, passwordHash, now, now).lastInsertRowid);
      if (member.role === 'specialist') specialistIds.push(id);
      result.users++;
    }
    const patientIds = new Map<number, number>();
    for (const p of clinic.patients) {
      const id = insertPatient.run(
        p.mrn,
        p.givenName,
        p.familyName,
        p.dateOfBirth,
        p.sex,
        p.phone,
        specialistIds[p.specialistIndex],
        now,
        now,
      ).lastInsertRowid;
      patientIds.set(p.key, Number(id));
      result.patients++;
    }
    const referrerIds = DEMO_REFERRERS.map((r) => Number(insertReferrer.run(r.name, r.practice, r.address, r.email, now, now).lastInsertRowid));
    for (const c of clinic.courses) {
      const specialistId = specialistIds[c.specialistIndex];
      // Most courses name a referrer; every sixth (self-referred) names none.
      const referrerId = referrerIds[result.courses % (referrerIds.length + 1)] ?? null;
      const courseId = insertCourse.run(
        patientIds.get(c.patientKey),
        c.condition,
        c.region,
        c.side,
        specialistId,
        c.startDate,
        c.plannedSessions,
        c.intervalWeeks,
        c.status,
        c.endReason,
        c.endDate,
        referrerId,
        now,
        now,
      ).lastInsertRowid;
      result.courses++;
      // Consent on the course's start date, on the sample form (db/migrations: applies from 2020).
      insertConsent.run(courseId, c.startDate, c.startDate, specialistId, `${c.startDate}T09:00:00.000Z`);
      for (const s of c.sessions) {
        const recordedAt = `${s.sessionDate}T10:00:00.000Z`;
        const sessionId = insertSession.run(
          courseId,
          s.sessionDate,
          s.pain,
          s.mobility,
          s.sleep,
          s.ultrasoundGuided ? 1 : 0,
          s.needling ? 1 : 0,
          s.notes,
          specialistId,
          recordedAt,
          recordedAt,
        ).lastInsertRowid;
        result.sessions++;
        for (const e of s.adverseEvents) {
          insertAdverseEvent.run(
            courseId,
            sessionId,
            e.type,
            e.description,
            e.severity,
            e.onsetDate,
            e.resolutionDate,
            specialistId,
            recordedAt,
            recordedAt,
          );
        }
        for (const inj of s.injections) {
          insertInjection.run(sessionId, inj.siteCode, inj.side, inj.injectionCount, inj.dextrosePct, inj.anaesthetic, inj.volumeMl);
          result.injections++;
        }
      }
    }
    const db = drizzle(sqlite, { schema });
    for (const statement of factsStatements()) db.run(statement);
    seedDemoFollowUps(sqlite, db, today, options.seed);
    seedDemoCheckIns(sqlite, today, options.seed);
  })();
  return result;
}
