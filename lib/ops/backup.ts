// Online backups of the SQLite database. No `server-only`: the db:backup / db:restore scripts use this too.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makePrivateDatabaseFile, makePrivateDir } from '../../db/file-modes';

const BACKUP_PREFIX = 'prolotrack-';
const BACKUP_NAME = /^prolotrack-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/;
/** The tables a ProloTrack database must have for a file to count as a usable backup. */
const REQUIRED_TABLES = ['users', 'patients', 'courses', 'treatment_sessions', 'injections', 'audit_events'];
/** Copy every page in one step: a consistent snapshot that writers on other connections cannot restart. */
const ALL_PAGES = 0x7fffffff;

export interface BackupSettings {
  dir: string;
  keep: number;
}

interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  counts: TableCounts;
  removed: string[];
}

export type TableCounts = Record<string, number>;

export function backupSettings(env: Record<string, string | undefined> = process.env): BackupSettings {
  const keep = Number.parseInt(env.BACKUP_KEEP ?? '', 10);
  return {
    dir: resolve(/*turbopackIgnore: true*/ env.BACKUP_DIR || './data/backups'),
    keep: Number.isInteger(keep) && keep > 0 ? keep : 14,
  };
}

/** `prolotrack-2026-03-12T10-15-30-123Z.db`: sorts by time as text. */
function backupFileName(at: Date = new Date()): string {
  return `${BACKUP_PREFIX}${at.toISOString().replace(/[:.]/g, '-')}.db`;
}

/** Opens a file read-only and checks that it is an intact ProloTrack database; returns its row counts. */
export function verifyDatabaseFile(file: string): TableCounts {
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} failed PRAGMA integrity_check: ${String(result)}`);
    return tableCounts(db);
  } catch (error) {
    if (error instanceof Error && /not a database|file is encrypted/i.test(error.message)) {
      throw new Error(`${file} is not a SQLite database.`);
    }
    throw error;
  } finally {
    db.close();
  }
}

export function tableCounts(db: Database.Database): TableCounts {
  const present = new Set((db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((r) => r.name));
  const missing = REQUIRED_TABLES.filter((t) => !present.has(t));
  if (missing.length) throw new Error(`Not a ProloTrack database: missing table(s) ${missing.join(', ')}.`);
  const counts: TableCounts = {};
  for (const table of REQUIRED_TABLES) {
    counts[table] = (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  }
  return counts;
}

/**
 * Copies the live database at `sourcePath` into a new timestamped file in `settings.dir` with SQLite's online
 * backup API (the app keeps reading and writing meanwhile), verifies the copy, then prunes old backups.
 * The copy is written under a temporary name and renamed only once verified, so a listed backup is always whole.
 * Like the database, backups are readable by their owner only.
 */
export async function backupDatabase(sourcePath: string, settings: BackupSettings = backupSettings()): Promise<BackupResult> {
  makePrivateDir(settings.dir);
  let at = Date.now();
  while (existsSync(join(settings.dir, backupFileName(new Date(at))))) at++;
  const file = join(settings.dir, backupFileName(new Date(at)));
  const partial = `${file}.partial`;
  const source = new Database(sourcePath, { fileMustExist: true, timeout: 5000 });
  let pages = 0;
  try {
    makePrivateDatabaseFile(partial);
    const meta = await source.backup(partial, { progress: () => ALL_PAGES });
    pages = meta.totalPages;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  let counts: TableCounts;
  try {
    // A self-contained single file: no -wal beside it to lose when it is copied elsewhere.
    const copy = new Database(partial, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    counts = verifyDatabaseFile(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, file);
  const removed = pruneBackups(settings);
  return { file, bytes: statSync(file).size, pages, counts, removed };
}

/** Lists backups in the directory, oldest first. */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Deletes all but the newest `keep` backups; returns the deleted files. */
function pruneBackups({ dir, keep }: BackupSettings): string[] {
  const all = listBackups(dir);
  const stale = all.slice(0, Math.max(0, all.length - keep));
  for (const file of stale) rmSync(file, { force: true });
  return stale;
}
