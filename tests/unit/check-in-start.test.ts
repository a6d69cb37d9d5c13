import { afterAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { addDays, format } from 'date-fns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getDb } from '@/db';
import { readSettings } from '@/lib/settings-read';
import { parseSettingInput } from '@/lib/domain/settings';
import { todayIso } from '@/lib/domain/dates';
import { migrationsBefore } from './support/migrations-before';
import { insertBasics } from './support/fixtures';
import { actAs } from './support/mock-actor';

process.env.NEXTAUTH_SECRET ??= 'check-in-start-test-secret-of-sufficient-length';
vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { getCheckInFigures } = await import('@/lib/check-ins/stats');
const { getCheckInsDue, getCourseCheckIns } = await import('@/lib/check-ins/queries');
const { createCheckInLink } = await import('@/lib/patient-links/links');

/** The last migration before check-ins got their start date. */
const LAST_BEFORE = '0019_outcome_data_version_triggers';
const dir = mkdtempSync(join(tmpdir(), 'prolotrack-check-in-start-'));
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');
const startRows = (sqlite: Database.Database) =>
  sqlite.prepare(`select value, changed_by as changedBy from clinic_settings where key = 'checkInsStartDate'`).all();

/** A database as it was before the start-date migration, with `fill` run on it; then the app's connection opens it (and migrates). */
function upgraded(name: string, fill: (sqlite: Database.Database) => void) {
  closeDb();
  const path = join(dir, `${name}.db`);
  const sqlite = new Database(path);
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore(join(dir, name), LAST_BEFORE) });
  fill(sqlite);
  sqlite.close();
  process.env.DATABASE_PATH = path;
  return getDb();
}

function injectedSession(sqlite: Database.Database, basics: { course: number; user: number }, date: string): number {
  const id = Number(
    sqlite
      .prepare(`insert into treatment_sessions (course_id, session_date, pain, recorded_by, recorded_at, updated_at) values (?, ?, 5, ?, 'x', 'x')`)
      .run(basics.course, date, basics.user).lastInsertRowid,
  );
  sqlite.prepare(`insert into injections (session_id, site_code, side, injection_count) values (?, 'shoulder.supraspinatus', 'left', 1)`).run(id);
  return id;
}

describe('the check-in start date', () => {
  it('is the day of the migration on a database that already holds sessions: its earlier sessions have no check-in anywhere', async () => {
    let basics!: ReturnType<typeof insertBasics>;
    const old: number[] = [];
    const db = upgraded('upgrade', (sqlite) => {
      basics = insertBasics(sqlite);
      // Missed long ago, in its window now (3 days ago), and upcoming (yesterday), were check-ins counted from the start.
      for (const offset of [-40, -3, -1]) old.push(injectedSession(sqlite, basics, day(offset)));
    });
    expect(startRows(db.$client)).toEqual([{ value: JSON.stringify(todayIso()), changedBy: null }]);
    expect(readSettings(db).checkInsStartDate).toBe(todayIso());

    actAs({ id: 999, role: 'manager', name: 'M', email: 'm@test' });
    const none = { injectionSessions: 0, due: 0, answered: 0, missed: 0, redFlagged: 0, handled: 0, closedCourses: 0, answeredCourses: 0 };
    expect(await getCheckInFigures({ from: day(-60), to: day(0) })).toEqual(none);

    actAs({ id: basics.user, role: 'specialist', name: 'Dr A', email: 'a@test' });
    expect((await getCheckInsDue()).rows).toEqual([]);
    const course = await getCourseCheckIns(basics.course);
    expect(course.checkIns).toEqual([]);
    expect(course.before).toEqual({ startDate: todayIso(), earlier: 3 });
    await expect(createCheckInLink(old[1])).rejects.toThrow('dated before check-ins started');

    // A session on the start day has its check-in: on the course page, upcoming, and in the figures.
    const fresh = injectedSession(db.$client, basics, day(0));
    const after = await getCourseCheckIns(basics.course);
    expect(after.checkIns.map((c) => [c.sessionId, c.state])).toEqual([[fresh, 'upcoming']]);
    expect(after.before.earlier).toBe(3);
    await expect(createCheckInLink(fresh)).resolves.toMatchObject({ url: expect.stringContaining('/r/') });
    actAs({ id: 999, role: 'manager', name: 'M', email: 'm@test' });
    expect(await getCheckInFigures({ from: day(-60), to: day(0) })).toEqual({ ...none, injectionSessions: 1 });
  });

  it('is not recorded on a fresh installation: every session has a check-in', async () => {
    const db = upgraded('fresh', () => {});
    expect(startRows(db.$client)).toEqual([]);
    expect(readSettings(db).checkInsStartDate).toBe('');
    const basics = insertBasics(db.$client);
    injectedSession(db.$client, basics, day(-40));
    injectedSession(db.$client, basics, day(-3));
    actAs({ id: 999, role: 'manager', name: 'M', email: 'm@test' });
    expect(await getCheckInFigures({ from: day(-60), to: day(0) })).toEqual({
      injectionSessions: 2,
      due: 2,
      answered: 0,
      missed: 1,
      redFlagged: 0,
      handled: 0,
      closedCourses: 1,
      answeredCourses: 0,
    });
    actAs({ id: basics.user, role: 'specialist', name: 'Dr A', email: 'a@test' });
    expect((await getCourseCheckIns(basics.course)).checkIns.map((c) => c.state)).toEqual(['missed', 'due']);
    expect((await getCheckInsDue()).rows).toHaveLength(1);
  });

  it('is a date or blank on the Settings page', () => {
    expect(parseSettingInput('checkInsStartDate', '2026-03-01')).toEqual({ value: '2026-03-01' });
    expect(parseSettingInput('checkInsStartDate', '2026-02-30')).toEqual({ error: 'Enter the date as YYYY-MM-DD' });
    expect(parseSettingInput('checkInsStartDate', '1 March')).toEqual({ error: 'Enter the date as YYYY-MM-DD' });
  });
});
