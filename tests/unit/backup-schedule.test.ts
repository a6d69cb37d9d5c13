import { afterAll, describe, expect, it, vi } from 'vitest';
import { dirname, join } from 'node:path';
import { databasePath } from '@/db';
import { listBackups } from '@/lib/ops/backup';
import { backupIntervalMinutes, startScheduledBackups, stopScheduledBackups } from '@/lib/ops/backup-schedule';
import { useTempDatabase } from './support/test-db';

const temp = useTempDatabase();
afterAll(() => {
  stopScheduledBackups();
  vi.unstubAllEnvs();
  temp.cleanup();
});

describe('scheduled backups', () => {
  it('are off unless BACKUP_INTERVAL_MINUTES is a positive number', () => {
    expect(backupIntervalMinutes({})).toBeNull();
    expect(backupIntervalMinutes({ BACKUP_INTERVAL_MINUTES: '0' })).toBeNull();
    expect(backupIntervalMinutes({ BACKUP_INTERVAL_MINUTES: 'hourly' })).toBeNull();
    expect(backupIntervalMinutes({ BACKUP_INTERVAL_MINUTES: '60' })).toBe(60);
  });

  it('write verified backups on the interval and keep only BACKUP_KEEP of them', async () => {
    temp.db(); // create and migrate the database
    const dir = join(dirname(databasePath()), 'scheduled');
    vi.stubEnv('BACKUP_DIR', dir);
    vi.stubEnv('BACKUP_KEEP', '2');
    vi.stubEnv('BACKUP_INTERVAL_MINUTES', String(40 / 60_000)); // every 40 ms
    startScheduledBackups();
    await vi.waitFor(() => expect(listBackups(dir).length).toBe(2), { timeout: 5000, interval: 50 });
    await new Promise((r) => setTimeout(r, 300));
    stopScheduledBackups();
    expect(listBackups(dir)).toHaveLength(2);
  });
});
