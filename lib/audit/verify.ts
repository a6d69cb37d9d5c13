import type Database from 'better-sqlite3';
import { auditHash } from './chain';

type ChainReport = { ok: true; checked: number } | { ok: false; checked: number; brokenAt: number; reason: string };

/** An audit row as stored (column names). */
export interface AuditRowFields {
  id: number;
  at: string;
  user_id: number | null;
  user_email: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  patient_id: number | null;
  outcome: 'success' | 'failure' | 'denied';
  details: string | null;
  ip: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/**
 * Walks the audit log in id order and reports the first row whose link to the previous row or whose own
 * content hash does not hold. A deleted row breaks the next row's link; an edited row breaks its own hash.
 */
export function verifyAuditChain(sqlite: Database.Database): ChainReport {
  const rows = sqlite.prepare('select * from audit_events order by id').iterate() as IterableIterator<AuditRowFields>;
  let previous: string | null = null;
  let checked = 0;
  for (const row of rows) {
    const expected = auditHash({
      at: row.at,
      userId: row.user_id,
      userEmail: row.user_email,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      patientId: row.patient_id,
      outcome: row.outcome,
      details: row.details,
      ip: row.ip,
      prevHash: row.prev_hash,
    });
    let reason: string | null = null;
    if (row.prev_hash !== previous) reason = 'its previous-hash does not match the row before it (a row was removed or reordered)';
    else if (row.hash !== expected) reason = 'its content does not match its hash (the row was altered)';
    if (reason) {
      rows.return?.();
      return { ok: false, checked, brokenAt: row.id, reason };
    }
    previous = row.hash;
    checked += 1;
  }
  return { ok: true, checked };
}
