import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getDb, type Db } from '@/db';

/** Points the app's shared connection at a fresh, migrated temporary database file. */
export function useTempDatabase(): { db: () => Db; cleanup: () => void } {
  closeDb();
  const dir = mkdtempSync(join(tmpdir(), 'prolotrack-unit-'));
  process.env.DATABASE_PATH = join(dir, 'test.db');
  return {
    db: () => getDb(),
    cleanup: () => {
      closeDb();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
