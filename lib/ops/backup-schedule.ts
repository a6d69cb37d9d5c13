// Scheduled backups inside the app process, enabled by BACKUP_INTERVAL_MINUTES. Started from instrumentation.ts.
import { databasePath } from '../../db/index';
import { backupDatabase, backupSettings } from './backup';

const globalForSchedule = globalThis as unknown as { prolotrackBackupTimer?: NodeJS.Timeout };

export function backupIntervalMinutes(env: Record<string, string | undefined> = process.env): number | null {
  const minutes = Number(env.BACKUP_INTERVAL_MINUTES);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : null;
}

export function startScheduledBackups(): void {
  const minutes = backupIntervalMinutes();
  if (minutes == null || globalForSchedule.prolotrackBackupTimer) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await backupDatabase(databasePath(), backupSettings());
      console.log(`Scheduled backup written to ${result.file}.`);
    } catch (error) {
      console.error('Scheduled backup failed:', error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(run, minutes * 60_000);
  timer.unref();
  globalForSchedule.prolotrackBackupTimer = timer;
  console.log(`Backups every ${minutes} minute(s) into ${backupSettings().dir}.`);
}

export function stopScheduledBackups(): void {
  clearInterval(globalForSchedule.prolotrackBackupTimer);
  globalForSchedule.prolotrackBackupTimer = undefined;
}
