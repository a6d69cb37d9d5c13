// The limit for session saves over HTTP: a bare better-sqlite3 loop committing one session with its sites per
// transaction, with the app's pragmas (openDatabase: WAL, synchronous FULL) on the same disk as the bench clinic.
import { join } from 'node:path';
import { createDb } from '../db';
import { bareCourse } from './clinics';

/** Sessions per second committed one per transaction for `seconds`, each with `sitesPerSession` injection sites. */
export function bareSaveRate(dir: string, sitesPerSession: number, seconds = 4): number {
  const sqlite = createDb(join(dir, `bare-saves-${Date.now()}.db`)).$client;
  const insert = bareCourse(sqlite);
  const save = sqlite.transaction(() => insert(sitesPerSession));
  let saved = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    save();
    saved++;
  }
  const rate = saved / ((performance.now() - started) / 1000);
  sqlite.close();
  return rate;
}
