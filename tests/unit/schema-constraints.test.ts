import { afterAll, describe, expect, it } from 'vitest';
import { useTempDatabase } from './support/test-db';
import { insertBasics } from './support/fixtures';

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

describe('schema constraints enforced by the database itself', () => {
  const sqlite = () => temp.db().$client;

  it('rejects a pain score of 11', () => {
    const { course, user, now } = insertBasics(sqlite());
    const insert = sqlite().prepare(
      `insert into treatment_sessions (course_id, session_date, pain, recorded_by, recorded_at, updated_at) values (?, '2026-02-01', ?, ?, ?, ?)`,
    );
    expect(() => insert.run(course, 11, user, now, now)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(course, -1, user, now, now)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(course, 10, user, now, now)).not.toThrow();
  });

  it('rejects mobility and sleep outside 0–10', () => {
    const { course, user, now } = insertBasics(sqlite());
    for (const column of ['mobility', 'sleep']) {
      const stmt = sqlite().prepare(
        `insert into treatment_sessions (course_id, session_date, ${column}, recorded_by, recorded_at, updated_at) values (?, '2026-02-01', 12, ?, ?, ?)`,
      );
      expect(() => stmt.run(course, user, now, now)).toThrow(/CHECK constraint failed/);
    }
  });

  it('rejects an injection count of 0 and a non-positive volume', () => {
    const { session } = insertBasics(sqlite());
    const insert = sqlite().prepare(
      `insert into injections (session_id, site_code, side, injection_count, volume_ml) values (?, 'knee.mcl', 'left', ?, ?)`,
    );
    expect(() => insert.run(session, 0, 1)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(session, 1, 0)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(session, 2, 1.5)).not.toThrow();
  });

  it('rejects roles and statuses outside their fixed sets', () => {
    const { now, course } = insertBasics(sqlite());
    expect(() =>
      sqlite()
        .prepare(`insert into users (email, name, role, password_hash, created_at, updated_at) values ('x@y', 'X', 'superuser', 'h', ?, ?)`)
        .run(now, now),
    ).toThrow(/CHECK constraint failed/);
    expect(() => sqlite().prepare(`update courses set status = 'paused' where id = ?`).run(course)).toThrow(/CHECK constraint failed/);
  });

  it('refuses an ended course without an end date', () => {
    const { course } = insertBasics(sqlite());
    expect(() => sqlite().prepare(`update courses set status = 'completed' where id = ?`).run(course)).toThrow(/CHECK constraint failed/);
  });

  it('enforces foreign keys and unique MRN / email', () => {
    const { now, user } = insertBasics(sqlite());
    expect(() =>
      sqlite()
        .prepare(
          `insert into treatment_sessions (course_id, session_date, recorded_by, recorded_at, updated_at) values (999999, '2026-01-01', ?, ?, ?)`,
        )
        .run(user, now, now),
    ).toThrow(/FOREIGN KEY constraint failed/);
    const mrn = sqlite().prepare(`select mrn from patients limit 1`).get() as { mrn: string };
    expect(() =>
      sqlite()
        .prepare(
          `insert into patients (mrn, given_name, family_name, date_of_birth, sex, specialist_id, created_at, updated_at) values (?, 'B', 'C', '1980-01-01', 'male', ?, ?, ?)`,
        )
        .run(mrn.mrn, user, now, now),
    ).toThrow(/UNIQUE constraint failed/);
  });

  it('keeps the audit trail append-only', () => {
    const db = sqlite();
    db.prepare(`insert into audit_events (at, action, outcome) values (?, 'test', 'success')`).run(new Date().toISOString());
    expect(() => db.prepare(`update audit_events set action = 'changed'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`delete from audit_events`).run()).toThrow(/append-only/);
  });
});
