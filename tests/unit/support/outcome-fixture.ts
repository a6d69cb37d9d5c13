import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { factsStatements } from '@/lib/outcomes/facts-sql';

/**
 * A small clinic for outcome tests, "today" = 2026-06-30. Specialist A and B, one manager, one admin.
 * Sessions: [date, pain, mobility, sleep, injections per site, adverse event]; [] = review without sites.
 *
 * C1 A knee_pain     completed    P1  01-05 8/3/4 [3,2] · 02-02 7/5/5 [4] · 03-01 3/7/7 [2] vasovagal
 *                                     → first response at 3 (8→3), responder (−5)
 * C2 A knee_pain     active       P2  03-02 6/4/5 [4] · 03-30 5/4/5 [3] · 04-27 5/5/6 [3]
 *                                     → non-responder (−1: < 2 points and < 30 %); due 05-25, 36 days past → overdue
 * C3 B shoulder      discontinued P3  01-10 7/3/3 [6] flare · 02-07 7/3/2 [5]      → non-responder (0)
 * C4 B shoulder      active       P4  06-15 5/5/5 [3]                                → single session, not assessable
 * C5 A low_back_pain active       P1  05-13 3/6/6 [2] · 06-10 2/7/6 []              → not assessable (baseline 3 < 4)
 * C6 B shoulder      completed    P5  03-04 9/2/2 [6] · 04-01 6/4/4 [4] · 04-29 8/3/3 [4]
 *                                     → met the rule at 2 (9→6: 3 points, 33 %) but latest 8: non-responder
 * C7 A knee_pain     active       P6  no sessions yet → outside every figure (not treated, not overdue)
 */
export const FIXTURE_TODAY = '2026-06-30';

type S = [string, number, number, number, number[], string?];
const COURSES: { key: string; spec: 'A' | 'B'; patient: number; condition: string; status: string; start?: string; end?: string; sessions: S[] }[] = [
  {
    key: 'C1',
    spec: 'A',
    patient: 1,
    condition: 'knee_pain',
    status: 'completed',
    end: '2026-03-01',
    sessions: [
      ['2026-01-05', 8, 3, 4, [3, 2]],
      ['2026-02-02', 7, 5, 5, [4]],
      ['2026-03-01', 3, 7, 7, [2], 'vasovagal'],
    ],
  },
  {
    key: 'C2',
    spec: 'A',
    patient: 2,
    condition: 'knee_pain',
    status: 'active',
    sessions: [
      ['2026-03-02', 6, 4, 5, [4]],
      ['2026-03-30', 5, 4, 5, [3]],
      ['2026-04-27', 5, 5, 6, [3]],
    ],
  },
  {
    key: 'C3',
    spec: 'B',
    patient: 3,
    condition: 'shoulder',
    status: 'discontinued',
    end: '2026-02-10',
    sessions: [
      ['2026-01-10', 7, 3, 3, [6], 'post_injection_flare'],
      ['2026-02-07', 7, 3, 2, [5]],
    ],
  },
  { key: 'C4', spec: 'B', patient: 4, condition: 'shoulder', status: 'active', sessions: [['2026-06-15', 5, 5, 5, [3]]] },
  {
    key: 'C5',
    spec: 'A',
    patient: 1,
    condition: 'low_back_pain',
    status: 'active',
    sessions: [
      ['2026-05-13', 3, 6, 6, [2]],
      ['2026-06-10', 2, 7, 6, []],
    ],
  },
  {
    key: 'C6',
    spec: 'B',
    patient: 5,
    condition: 'shoulder',
    status: 'completed',
    end: '2026-05-20',
    sessions: [
      ['2026-03-04', 9, 2, 2, [6]],
      ['2026-04-01', 6, 4, 4, [4]],
      ['2026-04-29', 8, 3, 3, [4]],
    ],
  },
  { key: 'C7', spec: 'A', patient: 6, condition: 'knee_pain', status: 'active', start: '2026-01-01', sessions: [] },
];

/** Dates of birth: P1 is 55 at C1's start (band 50-59), P4 is 17 (under 18). */
const PATIENTS = [
  ['Ada', 'Lovelace', '1970-06-15'],
  ['Brian', 'Cole', '1988-02-01'],
  ['Chloe', 'Dunn', '1941-01-01'],
  ['Dev', 'Evans', '2009-01-01'],
  ['Erin', 'Fox', '1960-12-31'],
  ['Finn', 'Gray', '1990-05-05'],
] as const;

export interface OutcomeFixture {
  users: { A: number; B: number; manager: number; admin: number };
  courses: Record<string, number>;
  patients: number[];
}

export function insertOutcomeFixture(sqlite: Database.Database): OutcomeFixture {
  const now = '2026-06-30T09:00:00.000Z';
  const user = (email: string, name: string, role: string) =>
    Number(
      sqlite
        .prepare(`insert into users (email, name, role, password_hash, created_at, updated_at) values (?, ?, ?, 'x', ?, ?)`)
        .run(email, name, role, now, now).lastInsertRowid,
    );
  const users = {
    A: user('a@test', 'Dr A', 'specialist'),
    B: user('b@test', 'Dr B', 'specialist'),
    manager: user('m@test', 'M', 'manager'),
    admin: user('ad@test', 'Ad', 'admin'),
  };
  const patients = PATIENTS.map(([given, family, dob], i) =>
    Number(
      sqlite
        .prepare(
          `insert into patients (mrn, given_name, family_name, date_of_birth, sex, phone, email, specialist_id, created_at, updated_at)
      values (?, ?, ?, ?, 'female', '+44 7700 900${i}00', ?, ?, ?, ?)`,
        )
        .run(`MRN-${i + 1}`, given, family, dob, `${given.toLowerCase()}@example.test`, users.A, now, now).lastInsertRowid,
    ),
  );
  const courses: Record<string, number> = {};
  for (const c of COURSES) {
    const courseId = Number(
      sqlite
        .prepare(
          `insert into courses (patient_id, condition, region, side, specialist_id, start_date, status, end_reason, end_date, created_at, updated_at)
      values (?, ?, 'knee', 'left', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          patients[c.patient - 1],
          c.condition,
          users[c.spec],
          c.start ?? c.sessions[0][0],
          c.status,
          c.end ? 'Ended' : null,
          c.end ?? null,
          now,
          now,
        ).lastInsertRowid,
    );
    courses[c.key] = courseId;
    for (const [date, pain, mobility, sleep, sites, adverse] of c.sessions) {
      const sessionId = sqlite
        .prepare(
          `insert into treatment_sessions (course_id, session_date, pain, mobility, sleep, notes, recorded_by, recorded_at, updated_at)
        values (?, ?, ?, ?, ?, 'Patient Ada said it helped', ?, ?, ?)`,
        )
        .run(courseId, date, pain, mobility, sleep, users[c.spec], now, now).lastInsertRowid;
      if (adverse && adverse !== 'none') {
        sqlite
          .prepare(
            `insert into adverse_events (course_id, session_id, type, description, severity, onset_date, recorded_by, recorded_at, updated_at)
          values (?, ?, ?, 'Patient Ada felt faint', 'mild', ?, ?, ?, ?)`,
          )
          .run(courseId, sessionId, adverse, date, users[c.spec], now, now);
      }
      for (const count of sites) {
        sqlite
          .prepare(
            `insert into injections (session_id, site_code, side, injection_count, dextrose_pct, volume_ml) values (?, 'knee.mcl', 'left', ?, 15, 2)`,
          )
          .run(sessionId, count);
      }
    }
  }
  // Written around the app's session functions, so the outcome facts are recomputed as the seeder does.
  const db = drizzle(sqlite);
  for (const statement of factsStatements()) db.run(statement);
  return { users, courses, patients };
}
