import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsBefore } from './support/migrations-before';
import { insertBasics } from './support/fixtures';

/** The last migration before check-ins (patient_links is rebuilt to accept the 'check_in' purpose). */
const LAST_BEFORE = '0016_two_factor';
const dir = mkdtempSync(join(tmpdir(), 'prolotrack-check-in-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the check-in migration', () => {
  it('rebuilds patient_links with foreign keys on and keeps every link and pre-session report', () => {
    const sqlite = new Database(join(dir, 'links.db'));
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore(dir, LAST_BEFORE) });
    const a = insertBasics(sqlite);
    const followUp = sqlite
      .prepare(
        `insert into follow_ups (course_id, time_point, due_date, window_start, window_end, created_at, updated_at)
       values (?, 'w6', '2026-03-01', '2026-02-15', '2026-03-15', 'x', 'x')`,
      )
      .run(a.course).lastInsertRowid;
    const link = sqlite.prepare(
      `insert into patient_links (token_hash, token_salt, purpose, course_id, follow_up_id, created_by, created_at, expires_at, used_at, emailed_at)
       values (?, ?, ?, ?, ?, ?, '2026-03-01T10:00:00.000Z', '2026-03-15T10:00:00.000Z', ?, ?)`,
    );
    for (let i = 0; i < 30; i++) {
      const pre = i % 3 !== 0;
      const id = link.run(
        `hash-${i}`,
        `salt-${i}`,
        pre ? 'pre_session' : 'follow_up',
        a.course,
        pre ? null : followUp,
        a.user,
        i % 2 ? '2026-03-02T10:00:00.000Z' : null,
        i % 5 ? null : '2026-03-01T11:00:00.000Z',
      ).lastInsertRowid;
      if (pre && i % 2) {
        sqlite
          .prepare(
            `insert into pre_session_reports (link_id, course_id, reported_at, pain, mobility, sleep, session_id) values (?, ?, 'x', 4, 5, 6, ?)`,
          )
          .run(id, a.course, i === 1 ? a.session : null);
      }
    }
    const dump = () => ({
      links: sqlite
        .prepare(
          'select id, token_hash, token_salt, purpose, course_id, follow_up_id, created_by, created_at, expires_at, opened_at, used_at, revoked_at, expired_at, emailed_at, reminder_day3_at, reminder_day7_at from patient_links order by id',
        )
        .all(),
      reports: sqlite.prepare('select * from pre_session_reports order by id').all(),
    });
    const before = dump();
    expect(before.reports.length).toBeGreaterThan(5);

    migrate(drizzle(sqlite), { migrationsFolder: 'db/migrations' });
    expect(dump()).toEqual(before);
    expect(sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
    expect(
      sqlite.prepare(`select count(*) as n from sqlite_master where name in ('__new_patient_links', '__keep_pre_session_reports')`).get(),
    ).toEqual({ n: 0 });
    // New ids continue after the kept ones; a check-in link needs its session, and only a check-in link may have one.
    const insert = sqlite.prepare(
      `insert into patient_links (token_hash, token_salt, purpose, course_id, session_id, created_by, created_at, expires_at) values (?, 's', ?, ?, ?, ?, 'x', 'y')`,
    );
    expect(Number(insert.run('new-check-in', 'check_in', a.course, a.session, a.user).lastInsertRowid)).toBe(31);
    expect(() => insert.run('no-session', 'check_in', a.course, null, a.user)).toThrow(/CHECK constraint/);
    expect(() => insert.run('pre-with-session', 'pre_session', a.course, a.session, a.user)).toThrow(/CHECK constraint/);
    expect(() => insert.run('bad-purpose', 'survey', a.course, null, a.user)).toThrow(/CHECK constraint/);
    sqlite.close();
  });
});
