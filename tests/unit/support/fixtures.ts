import type Database from 'better-sqlite3';

/** Minimal rows for constraint and data-layer tests. Returns the ids created. A specialist's patient, course (with consent on file unless `consent` is false) and one session. */
export function insertBasics(sqlite: Database.Database, existingUser?: number, { consent = true } = {}) {
  const now = new Date().toISOString();
  const user =
    existingUser ??
    sqlite
      .prepare(`insert into users (email, name, role, password_hash, created_at, updated_at) values (?, ?, 'specialist', 'x', ?, ?)`)
      .run(`s${Math.random()}@test`, 'Dr Test', now, now).lastInsertRowid;
  const patient = sqlite
    .prepare(
      `insert into patients (mrn, given_name, family_name, date_of_birth, sex, specialist_id, created_at, updated_at)
       values (?, 'Ada', 'Test', '1970-01-01', 'female', ?, ?, ?)`,
    )
    .run(`MRN-${Math.random().toString(36).slice(2)}`, user, now, now).lastInsertRowid;
  const course = sqlite
    .prepare(
      `insert into courses (patient_id, condition, region, side, specialist_id, start_date, created_at, updated_at)
       values (?, 'knee_pain', 'knee', 'left', ?, '2026-01-05', ?, ?)`,
    )
    .run(patient, user, now, now).lastInsertRowid;
  const session = sqlite
    .prepare(
      `insert into treatment_sessions (course_id, session_date, pain, mobility, sleep, recorded_by, recorded_at, updated_at)
       values (?, '2026-01-05', 7, 4, 4, ?, ?, ?)`,
    )
    .run(course, user, now, now).lastInsertRowid;
  if (consent) {
    sqlite
      .prepare(
        `insert into consents (course_id, version_id, consent_date, recorded_by, recorded_at)
         values (?, (select min(id) from consent_form_versions), '2026-01-05', ?, ?)`,
      )
      .run(course, user, now);
  }
  return { user: Number(user), patient: Number(patient), course: Number(course), session: Number(session), now };
}
