import Database from 'better-sqlite3';

/** A copy of the database with the append-only triggers dropped, as an attacker with file access could do. */
export function tamperableCopy(source: Database.Database, path: string): Database.Database {
  source.exec(`vacuum into '${path}'`);
  const copy = new Database(path);
  copy.exec('drop trigger audit_events_no_update; drop trigger audit_events_no_delete;');
  return copy;
}
