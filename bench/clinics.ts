// Synthetic clinics for the benchmark (the demo generator, scaled) and the seeding-throughput comparison.
import { mkdtempSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../db';
import { seedDemoClinic, type SeedResult } from '../lib/demo/seed';
import { todayIso } from '../lib/domain/dates';

/** The demo generator yields about 4 sessions per patient; a specialist carries about 200 patients. */
const SESSIONS_PER_PATIENT = 4.0;
const PATIENTS_PER_SPECIALIST = 200;
export const BENCH_TODAY = todayIso();

export interface BenchClinic {
  label: string;
  databasePath: string;
  seeded: SeedResult;
  seedSeconds: number;
}

export function benchDir(): string {
  return mkdtempSync(join(process.env.TMPDIR || tmpdir(), 'prolotrack-bench-'));
}

export async function buildClinic(dir: string, label: string, targetSessions: number): Promise<BenchClinic> {
  const patients = Math.round(targetSessions / SESSIONS_PER_PATIENT);
  const extraSpecialists = Math.max(0, Math.round(patients / PATIENTS_PER_SPECIALIST) - 3);
  const databasePath = join(dir, `clinic-${label}.db`);
  const db = createDb(databasePath);
  const started = performance.now();
  const seeded = await seedDemoClinic(db.$client, { patients, extraSpecialists, today: BENCH_TODAY, seed: 2026 });
  const seedSeconds = (performance.now() - started) / 1000;
  db.$client.pragma('optimize');
  db.$client.close();
  return { label, databasePath, seeded, seedSeconds };
}

/** One user, patient and course in a freshly migrated database, and the statements that add a session and a site. */
export function bareCourse(sqlite: Database.Database) {
  const now = new Date().toISOString();
  const user = sqlite
    .prepare(`insert into users (email, name, role, password_hash, created_at, updated_at) values ('b@x', 'B', 'specialist', 'x', ?, ?)`)
    .run(now, now).lastInsertRowid;
  const patient = sqlite
    .prepare(
      `insert into patients (mrn, given_name, family_name, date_of_birth, sex, specialist_id, created_at, updated_at) values ('B1', 'A', 'B', '1970-01-01', 'female', ?, ?, ?)`,
    )
    .run(user, now, now).lastInsertRowid;
  const course = sqlite
    .prepare(
      `insert into courses (patient_id, condition, region, side, specialist_id, start_date, created_at, updated_at) values (?, 'knee_pain', 'knee', 'left', ?, '2020-01-01', ?, ?)`,
    )
    .run(patient, user, now, now).lastInsertRowid;
  const session = sqlite.prepare(
    `insert into treatment_sessions (course_id, session_date, pain, mobility, sleep, recorded_by, recorded_at, updated_at) values (?, '2021-01-01', 5, 5, 5, ?, ?, ?)`,
  );
  const site = sqlite.prepare(
    `insert into injections (session_id, site_code, side, injection_count, dextrose_pct, volume_ml) values (?, 'knee.mcl', 'left', 1, 15, 1)`,
  );
  /** Inserts one session with `sites` sites. */
  return (sites: number) => {
    const id = session.run(course, user, now, now).lastInsertRowid;
    for (let k = 0; k < sites; k++) site.run(id);
  };
}

/**
 * The floor for seeding: a bare better-sqlite3 loop inserting the same number of sessions and sites with prepared
 * statements in one transaction, on an equally migrated database. Returns sessions per second.
 */
export function bareInsertRate(dir: string, sessions: number, sitesPerSession: number): number {
  const db = createDb(join(dir, `bare-${sessions}.db`));
  const sqlite = db.$client;
  const started = performance.now();
  sqlite.transaction(() => {
    const insert = bareCourse(sqlite);
    for (let i = 0; i < sessions; i++) insert(sitesPerSession);
  })();
  const seconds = (performance.now() - started) / 1000;
  sqlite.close();
  return sessions / seconds;
}
