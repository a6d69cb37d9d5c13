import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@/db/index';
import { users } from '@/db/schema';
import { backupDatabase } from '@/lib/ops/backup';

const root = mkdtempSync(join(tmpdir(), 'prolotrack-modes-'));
let umask = 0;
// The usual umask, which leaves new files readable by everyone.
beforeAll(() => {
  umask = process.umask(0o022);
});
afterAll(() => {
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('database and backup files', () => {
  it('are readable by their owner only, in a directory only the owner can enter', async () => {
    const dbPath = join(root, 'data', 'prolotrack.db');
    const db = createDb(dbPath);
    db.insert(users).values({ email: 'modes@clinic.test', name: 'Modes', role: 'admin', passwordHash: 'x' }).run();
    expect(mode(join(root, 'data'))).toBe('700');
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) expect([file, mode(file)]).toEqual([file, '600']);

    const backups = join(root, 'backups');
    const { file } = await backupDatabase(dbPath, { dir: backups, keep: 2 });
    db.$client.close();
    expect(mode(backups)).toBe('700');
    expect(mode(file)).toBe('600');
  });

  it('tightens an existing database file that others could read', () => {
    const dbPath = join(root, 'old.db');
    new Database(dbPath).close();
    chmodSync(dbPath, 0o644);
    createDb(dbPath).$client.close();
    expect(mode(dbPath)).toBe('600');
  });
});
