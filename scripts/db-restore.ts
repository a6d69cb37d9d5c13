// npm run db:restore FILE — verify a backup and restore it over DATABASE_PATH; refuses while the app is running.
import { databasePath } from '../db';
import { backupSettings, listBackups } from '../lib/ops/backup';
import { restoreDatabase } from '../lib/ops/restore';

async function main() {
  const file = process.argv[2];
  if (!file) {
    const available = listBackups(backupSettings().dir);
    console.error('Usage: npm run db:restore <backup file>');
    console.error(available.length ? `Backups available:\n  ${available.join('\n  ')}` : 'No backups found.');
    process.exit(2);
  }
  const target = databasePath();
  const result = await restoreDatabase(file, target);
  if (result.previousSavedAs) console.log(`Saved the replaced database as ${result.previousSavedAs}.`);
  const rows = Object.entries(result.counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  console.log(`Restored ${result.restoredFrom} to ${target}. Rows: ${rows}.`);
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
