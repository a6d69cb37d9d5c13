// The limit for session saves over HTTP: a bare better-sqlite3 loop committing one session with its sites per
// transaction, with the app's pragmas (openDatabase: WAL, synchronous FULL) on the same disk as the bench clinic.
import { join } from 'node:path';
import { createDb } from '../db';

/** Sessions per second committed one per transaction for `seconds`, each with `sitesPerSession` injection sites. */
export function bareSaveRate(dir: string, sitesPerSession: number, seconds = 4): number {
  const db = createDb(join(dir, `bare-saves-${Date.now()}.db`));
  const sqlite = db.$client;
  const now = new Date().toISOString();
  const user = sqlite.prepare(`insert into users (email, name, role, password_hash, created_at, updated_at) values ('s@x', 'S', 'specialist', 'x', ?, ?)`).run(now, now).lastInsertRowid;
  const patient = sqlite
    .prepare(`insert into patients (mrn, given_name, family_name, date_of_birth, sex, specialist_id, created_at, updated_at) values ('S1', 'A', 'B', '1970-01-01', 'female', ?, ?, ?)`)
    .run(user, now, now).lastInsertRowid;
  const course = sqlite
    .prepare(`insert into courses (patient_id, condition, region, side, specialist_id, start_date, created_at, updated_at) values (?, 'knee_pain', 'knee', 'left', ?, '2020-01-01', ?, ?)`)
    .run(patient, user, now, now).lastInsertRowid;
  const session = sqlite.prepare(
    `insert into treatment_sessions (course_id, session_date, pain, mobility, sleep, recorded_by, recorded_at, updated_at) values (?, '2021-01-01', 5, 5, 5, ?, ?, ?)`,
  );
  const site = sqlite.prepare(`insert into injections (session_id, site_code, side, injection_count, dextrose_pct, volume_ml) values (?, 'knee.mcl', 'left', 1, 15, 1)`);
  const save = sqlite.transaction(() => {
    const id = session.run(course, user, now, now).lastInsertRowid;
    for (let k = 0; k < sitesPerSession; k++) site.run(id);
  });
  let saved = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    save();
    saved++;
  }
  const rate = saved / ((performance.now() - started) / 1000);
  sqlite.close();
  return rate;
}
