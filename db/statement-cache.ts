import type Database from 'better-sqlite3';

/**
 * Makes `sqlite.prepare` return a remembered statement for SQL it has prepared before (least recently used
 * dropped beyond `max`). Drizzle prepares every query it runs, and compiling the worklist's or a course's
 * statements cost more than running them. A statement comes back with its result modes reset (drizzle switches
 * `raw` on for some reads), and one still iterating is never handed out twice: that caller gets a fresh one.
 */
export function rememberStatements(sqlite: Database.Database, max = 500): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const remembered = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const hit = remembered.get(source);
    if (hit && !hit.busy) {
      remembered.delete(source);
      remembered.set(source, hit);
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    const statement = prepare(source);
    if (!hit) {
      if (remembered.size >= max) remembered.delete(remembered.keys().next().value!);
      remembered.set(source, statement);
    }
    return statement;
  }) as Database.Database['prepare'];
}
