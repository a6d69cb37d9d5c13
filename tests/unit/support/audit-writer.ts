// Appends audit events to one database as a separate server process would: `tsx audit-writer.ts <db> <count> <tag>`.
import { createDb } from '@/db/index';
import { recordAudit } from '@/lib/audit/chain';

const [path, count, tag] = process.argv.slice(2);
const db = createDb(path);
for (let i = 0; i < Number(count); i++) {
  recordAudit(db, { userId: null, action: 'view', entity: 'race', entityId: `${tag}-${i}`, outcome: 'success' });
}
db.$client.close();
