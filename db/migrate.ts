import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

function migrationsFolder(): string {
  const candidates = [process.env.MIGRATIONS_PATH, resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations')].filter((p): p is string =>
    Boolean(p),
  );
  const found = candidates.find((p) => existsSync(join(p, 'meta/_journal.json')));
  if (!found) throw new Error(`Database migrations not found (looked in ${candidates.join(', ')})`);
  return found;
}

// drizzle's better-sqlite3 migrator is synchronous, so the schema is current before any query runs.
export function runMigrations(db: BetterSQLite3Database<Record<string, unknown>>): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}
