import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { closeDb, databasePath } from '@/db';
import { backupDatabase, listBackups, tableCounts, verifyDatabaseFile } from '@/lib/ops/backup';
import { DatabaseInUseError, restoreDatabase } from '@/lib/ops/restore';
import { useTempDatabase } from './support/test-db';
import { insertBasics } from './support/fixtures';
import { WRITER_SITES, startSessionWriter, stopProcess } from './support/session-writer';

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const sessionsWithoutAllSites = (db: Database.Database) =>
  (
    db
      .prepare(
        `select count(*) as n from treatment_sessions s
         where s.notes = 'writer' and (select count(*) from injections i where i.session_id = s.id) <> ?`,
      )
      .get(WRITER_SITES) as { n: number }
  ).n;

describe('online backup and restore', () => {
  it('backs up consistent snapshots while another process writes, then restores with matching row counts', async () => {
    const sqlite = temp.db().$client;
    const basics = insertBasics(sqlite);
    const settings = { dir: join(dirname(databasePath()), 'backups'), keep: 3 };
    const writer = await startSessionWriter(databasePath(), basics.course, basics.user);
    const during = [];
    try {
      for (let i = 0; i < 4; i++) {
        await new Promise((r) => setTimeout(r, 150));
        during.push(await backupDatabase(databasePath(), settings));
      }
    } finally {
      await stopProcess(writer);
    }
    // Each snapshot is whole: integrity ok, rows grow across snapshots, and no session without all its sites.
    const sessionCounts = during.map((b) => b.counts.treatment_sessions);
    expect(sessionCounts[0]).toBeGreaterThan(1);
    expect(sessionCounts[3]).toBeGreaterThan(sessionCounts[0]);
    const newest = new Database(during[3].file, { readonly: true });
    expect(sessionsWithoutAllSites(newest)).toBe(0);
    expect(newest.pragma('journal_mode', { simple: true })).toBe('delete');
    newest.close();
    expect(listBackups(settings.dir)).toHaveLength(3);
    expect(during[0].removed).toEqual([]);
    expect(during[3].removed).toEqual([during[0].file]);

    const final = await backupDatabase(databasePath(), settings);
    expect(final.counts).toEqual(tableCounts(sqlite));
    // insertBasics adds one session without sites; every writer session has all of its sites.
    expect(final.counts.injections).toBe((final.counts.treatment_sessions - 1) * WRITER_SITES);

    // Changes after the backup are undone by the restore.
    sqlite.prepare(`delete from injections`).run();
    expect(tableCounts(sqlite).injections).toBe(0);
    await expect(restoreDatabase(final.file, databasePath(), settings)).rejects.toBeInstanceOf(DatabaseInUseError);
    closeDb();
    const restored = await restoreDatabase(final.file, databasePath(), settings);
    expect(restored.counts).toEqual(final.counts);
    expect(restored.previousSavedAs).not.toBeNull();
    expect(verifyDatabaseFile(restored.previousSavedAs!).injections).toBe(0);
    expect(tableCounts(temp.db().$client)).toEqual(final.counts);
    expect(temp.db().$client.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses to restore a file that is not an intact ProloTrack database', async () => {
    const dir = dirname(databasePath());
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just some text that is long enough to look like a header'.repeat(20));
    await expect(restoreDatabase(junk, databasePath(), { dir, keep: 3 })).rejects.toThrow(/not a SQLite database/);
    const empty = join(dir, 'empty.db');
    new Database(empty).exec('create table t (x)').close();
    await expect(restoreDatabase(empty, databasePath(), { dir, keep: 3 })).rejects.toThrow(/missing table/);
    expect(tableCounts(temp.db().$client).users).toBeGreaterThan(0);
  });
});
