// Checks the audit log's hash chain and its checkpoints: `npm run audit:verify [-- path/to/database.db]`.
// Checkpoints are read from AUDIT_CHECKPOINT_FILE (default: audit-checkpoints.jsonl in BACKUP_DIR) and checked
// under AUDIT_KEY. Exit code 1 on a break.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { databasePath } from '../db';
import { verifyAuditChain } from '../lib/audit/verify';
import { auditKey, checkpointFile, readCheckpoints, verifyCheckpoints } from '../lib/audit/checkpoint';

const path = process.argv[2] || databasePath();
if (!existsSync(path)) {
  console.error(`No database at ${path}.`);
  process.exit(2);
}
const sqlite = new Database(path, { readonly: true, fileMustExist: true });
const report = verifyAuditChain(sqlite);
const key = auditKey();
const file = checkpointFile();
const anchors = key ? verifyCheckpoints(sqlite, readCheckpoints(file), key) : null;
sqlite.close();
if (!report.ok) {
  console.error(`Audit chain broken at event ${report.brokenAt}: ${report.reason}. ` + `${report.checked} events before it are intact.`);
  process.exit(1);
}
if (anchors && !anchors.ok) {
  console.error(`Audit checkpoints do not hold: ${anchors.reason}. ${anchors.checked} checkpoints before it hold.`);
  process.exit(1);
}
console.log(`Audit chain intact: ${report.checked} events checked in ${path}.`);
console.log(
  anchors
    ? `Checkpoints hold: ${anchors.checked} checked in ${file}.`
    : 'Checkpoints not checked: AUDIT_KEY is not set (a rewritten or truncated log would go unnoticed).',
);
