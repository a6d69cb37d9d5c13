import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { desc } from 'drizzle-orm';
import type { DbOrTx } from '@/db/index';
import { auditEvents } from '@/db/schema';
import { checkpointIfDue } from './checkpoint';

interface AuditInput {
  userId?: number | null;
  userEmail?: string | null;
  action: string;
  entity?: string | null;
  entityId?: string | number | null;
  patientId?: number | null;
  outcome: 'success' | 'failure' | 'denied';
  details?: Record<string, unknown> | null;
  ip?: string | null;
}

type AuditRow = Omit<typeof auditEvents.$inferInsert, 'id' | 'hash'> & { prevHash: string | null };

/** Canonical content of an audit row: the fields the hash chain protects, in a fixed order. */
function auditContent(row: AuditRow): string {
  return JSON.stringify([
    row.at,
    row.userId ?? null,
    row.userEmail ?? null,
    row.action,
    row.entity ?? null,
    row.entityId ?? null,
    row.patientId ?? null,
    row.outcome,
    row.details ?? null,
    row.ip ?? null,
    row.prevHash ?? null,
  ]);
}

export function auditHash(row: AuditRow): string {
  return createHash('sha256').update(auditContent(row)).digest('hex');
}

/**
 * Appends one event to the hash-chained audit log. Call inside the transaction of the change it records where
 * there is one, so the event and the change stand or fall together; that transaction must be `immediate`, so no
 * other process can append between reading the last hash and writing the next (the chain would fork). Called on
 * the connection itself, the append runs in an immediate transaction of its own and may write a checkpoint.
 */
export function recordAudit(db: DbOrTx, input: AuditInput): void {
  db.transaction((tx) => appendAudit(tx, input), { behavior: 'immediate' });
  if ('$client' in db) checkpointIfDue((db as { $client: Database.Database }).$client);
}

function appendAudit(db: DbOrTx, input: AuditInput): void {
  const last = db.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get();
  const row: AuditRow = {
    at: new Date().toISOString(),
    userId: input.userId ?? null,
    userEmail: input.userEmail ?? null,
    action: input.action,
    entity: input.entity ?? null,
    entityId: input.entityId == null ? null : String(input.entityId),
    patientId: input.patientId ?? null,
    outcome: input.outcome,
    details: input.details ? JSON.stringify(input.details) : null,
    ip: input.ip ?? null,
    prevHash: last?.hash ?? null,
  };
  db.insert(auditEvents)
    .values({ ...row, hash: auditHash(row) })
    .run();
}
