// Restores a verified backup over the database file. No `server-only`: `npm run db:restore` runs it.
import Database from 'better-sqlite3';
import { existsSync, openSync, fsyncSync, closeSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { makePrivateDatabaseFile, makePrivateDir } from '../../db/file-modes';
import { backupSettings, tableCounts, verifyDatabaseFile, type BackupSettings, type TableCounts } from './backup';

export class DatabaseInUseError extends Error {
  constructor(path: string) {
    super(`${path} is in use (is the app running?). Stop the app, then restore again.`);
    this.name = 'DatabaseInUseError';
  }
}

interface RestoreResult {
  restoredFrom: string;
  counts: TableCounts;
  /** Where the database that was replaced was saved, when there was one. */
  previousSavedAs: string | null;
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code: unknown }).code));
}

/**
 * Takes an exclusive lock on the live database, failing at once when any other connection (a running app) has it
 * open. In exclusive locking mode the lock is kept until the connection closes.
 */
function lockExclusively(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // Leaving WAL needs every other connection gone; it also folds the -wal file back into the database.
    db.pragma('journal_mode = DELETE');
    db.exec('begin exclusive; commit;');
    return db;
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new DatabaseInUseError(path);
    throw error;
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces the database at `targetPath` with the backup `file`:
 * verify the backup → lock the live database (refuse when the app has it open) → save the current database beside
 * the backups → copy the backup next to the target → rename it over the target (atomic on one file system).
 */
export async function restoreDatabase(file: string, targetPath: string, settings: BackupSettings = backupSettings()): Promise<RestoreResult> {
  const source = resolve(file);
  verifyDatabaseFile(source);
  makePrivateDir(dirname(targetPath));
  const staging = `${targetPath}.restoring`;
  rmSync(staging, { force: true });

  const live = existsSync(targetPath) ? lockExclusively(targetPath) : null;
  let previousSavedAs: string | null = null;
  try {
    if (live) {
      makePrivateDir(settings.dir);
      previousSavedAs = join(settings.dir, `pre-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
      makePrivateDatabaseFile(previousSavedAs);
      await live.backup(previousSavedAs);
    }
    makePrivateDatabaseFile(staging);
    const reader = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await reader.backup(staging, { progress: () => 0x7fffffff });
    } finally {
      reader.close();
    }
    const staged = new Database(staging, { fileMustExist: true });
    let counts: TableCounts;
    try {
      staged.pragma('journal_mode = DELETE');
      counts = tableCounts(staged);
    } finally {
      staged.close();
    }
    fsyncPath(staging);
    // Stale WAL/shared-memory files of the old database must never be replayed onto the restored one.
    rmSync(`${targetPath}-wal`, { force: true });
    rmSync(`${targetPath}-shm`, { force: true });
    renameSync(staging, targetPath);
    fsyncPath(dirname(targetPath));
    return { restoredFrom: source, counts, previousSavedAs };
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  } finally {
    live?.close();
  }
}
