import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { factsStatements } from '@/lib/outcomes/facts-sql';
import { insertOutcomeFixture, type OutcomeFixture } from './outcome-fixture';

/** Free text planted in every added event's description and action: an export must never carry it. */
export const PLANTED_TEXT = 'PLANTED-free-text-Lovelace';

export interface SafetyEvent {
  type: string;
  severity: string;
  serious?: boolean;
  onset: string;
  resolved?: string;
}

/** Adds an adverse event attributed to the course's session on `sessionDate`, and refreshes the course's facts. */
export function addSafetyEvent(sqlite: Database.Database, fx: OutcomeFixture, course: string, sessionDate: string, e: SafetyEvent): void {
  const session = sqlite
    .prepare(`select id from treatment_sessions where course_id = ? and session_date = ?`)
    .get(fx.courses[course], sessionDate) as { id: number };
  sqlite
    .prepare(
      `insert into adverse_events (course_id, session_id, type, description, severity, serious, onset_date, resolution_date, action_taken,
              recorded_by, recorded_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-06-30', '2026-06-30')`,
    )
    .run(fx.courses[course], session.id, e.type, PLANTED_TEXT, e.severity, e.serious ? 1 : 0, e.onset, e.resolved ?? null, PLANTED_TEXT, fx.users.A);
  for (const statement of factsStatements(fx.courses[course])) drizzle(sqlite).run(statement);
}

/**
 * The outcome fixture (13 sessions with injections, C5's 2026-06-10 review without), with regions and these events:
 * E1 C1 03-01 vasovagal mild, ongoing (fixture)          E2 C3 01-10 flare mild, resolved 01-20 (10 days)
 * E3 C1 03-01 bruising moderate, resolved 03-05 (4)      E4 C6 03-04 pneumothorax severe SERIOUS, onset 03-04, resolved 03-18 (14)
 * E5 C6 04-01 bruising mild, onset 04-02, resolved 04-09 (7)
 * E6 C2 03-02 dural puncture severe SERIOUS, onset 03-03, ongoing
 * E7 C5 06-10 (review, no injections) nerve irritation mild, resolved 06-12 (2): outside the rates
 * Injection sessions with an event: C1 03-01, C3 01-10, C6 03-04, C6 04-01, C2 03-02 → 5 of 13.
 * Regions: knee C1 + C2 (6 sessions, 2 with events), shoulder C3 + C4 + C6 (6, 3), lumbar C5 (1, 0).
 */
export function insertSafetyFixture(sqlite: Database.Database): OutcomeFixture {
  const fx = insertOutcomeFixture(sqlite);
  sqlite.prepare(`update courses set region = 'shoulder' where condition = 'shoulder'`).run();
  sqlite.prepare(`update courses set region = 'lumbar' where condition = 'low_back_pain'`).run();
  sqlite.prepare(`update adverse_events set resolution_date = '2026-01-20' where type = 'post_injection_flare'`).run();
  const add = (course: string, date: string, e: SafetyEvent) => addSafetyEvent(sqlite, fx, course, date, e);
  add('C1', '2026-03-01', { type: 'bruising', severity: 'moderate', onset: '2026-03-01', resolved: '2026-03-05' });
  add('C6', '2026-03-04', { type: 'pneumothorax', severity: 'severe', serious: true, onset: '2026-03-04', resolved: '2026-03-18' });
  add('C6', '2026-04-01', { type: 'bruising', severity: 'mild', onset: '2026-04-02', resolved: '2026-04-09' });
  add('C2', '2026-03-02', { type: 'dural_puncture', severity: 'severe', serious: true, onset: '2026-03-03' });
  add('C5', '2026-06-10', { type: 'nerve_irritation', severity: 'mild', onset: '2026-06-10', resolved: '2026-06-12' });
  return fx;
}
