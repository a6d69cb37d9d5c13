import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import { runMigrations } from './migrate';
import { makePrivateDatabaseFile, makePrivateDir } from './file-modes';
import { rememberStatements } from './statement-cache';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The connection or a transaction on it: what write helpers accept. */
export type DbOrTx = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

const DEFAULT_DATABASE_PATH = './data/prolotrack.db';

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** Opens a connection with the pragmas the app relies on; the files are readable by their owner only. */
export function openDatabase(path: string = databasePath()): Database.Database {
  if (path !== ':memory:') {
    makePrivateDir(dirname(path));
    makePrivateDatabaseFile(path);
  }
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL is durable across application crashes in WAL mode; FULL adds power-loss durability.
  sqlite.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  return sqlite;
}

export function createDb(path: string = databasePath()): Db {
  const sqlite = openDatabase(path);
  const db = drizzle(sqlite, { schema }) as Db;
  runMigrations(db);
  // After the migrations: their statements run once and need not be remembered (drizzle prepares through `sqlite`).
  rememberStatements(sqlite);
  return db;
}

const globalForDb = globalThis as unknown as { prolotrackDb?: Db };

/** The one process-wide connection, migrated on first use. */
export function getDb(): Db {
  if (!globalForDb.prolotrackDb) globalForDb.prolotrackDb = createDb();
  return globalForDb.prolotrackDb;
}

/** For tests and scripts: close and forget the shared connection. */
export function closeDb(): void {
  globalForDb.prolotrackDb?.$client.close();
  globalForDb.prolotrackDb = undefined;
}
