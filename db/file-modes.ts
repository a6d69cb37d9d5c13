import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/** Creates `dir` (and missing parents) readable by its owner only; an existing directory keeps its mode. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * Makes a database file and its -wal/-shm/-journal companions readable by their owner only, creating the database
 * file first when it is missing. SQLite gives the companions it creates later the database file's mode.
 */
export function makePrivateDatabaseFile(path: string): void {
  // The path comes from DATABASE_PATH at run time: tell the bundler not to trace the whole project for it.
  closeSync(openSync(/*turbopackIgnore: true*/ path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    if (existsSync(/*turbopackIgnore: true*/ file)) chmodSync(/*turbopackIgnore: true*/ file, 0o600);
  }
}
