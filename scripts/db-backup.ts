// npm run db:backup — online backup of DATABASE_PATH into BACKUP_DIR, verified, keeping the newest BACKUP_KEEP.
import { databasePath } from '../db';
import { backupDatabase, backupSettings } from '../lib/ops/backup';

async function main() {
  const settings = backupSettings();
  const result = await backupDatabase(databasePath(), settings);
  const rows = Object.entries(result.counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  console.log(`Backed up ${databasePath()} to ${result.file} (${(result.bytes / 1024).toFixed(0)} KiB, integrity ok).`);
  console.log(`Rows: ${rows}.`);
  if (result.removed.length) console.log(`Removed ${result.removed.length} old backup(s); keeping the newest ${settings.keep}.`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
