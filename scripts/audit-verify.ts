// Checks the audit log's hash chain: `npm run audit:verify [-- path/to/database.db]`. Exit code 1 on a break.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { databasePath } from '../db';
import { verifyAuditChain } from '../lib/audit/verify';

const path = process.argv[2] || databasePath();
if (!existsSync(path)) {
  console.error(`No database at ${path}.`);
  process.exit(2);
}
const sqlite = new Database(path, { readonly: true, fileMustExist: true });
const report = verifyAuditChain(sqlite);
sqlite.close();
if (report.ok) {
  console.log(`Audit chain intact: ${report.checked} events checked in ${path}.`);
} else {
  console.error(
    `Audit chain broken at event ${report.brokenAt}: ${report.reason}. ` +
      `${report.checked} events before it are intact.`,
  );
  process.exit(1);
}
