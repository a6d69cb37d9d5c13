import 'server-only';
import type { DbOrTx } from '@/db/index';
import type { Actor } from '../auth/actor';
import { recordAudit } from './chain';

type Plain = Record<string, unknown>;

/** Records that a member of staff opened a patient's record (the patient page, one of their courses, a session form). */
export function auditViewed(
  db: DbOrTx,
  actor: Pick<Actor, 'id' | 'email'>,
  entity: string,
  entityId: number,
  patientId: number,
  details?: Plain,
): void {
  recordAudit(db, { userId: actor.id, userEmail: actor.email, action: 'view', entity, entityId, patientId, outcome: 'success', details });
}

/** Records one view of a list of patients (patients, worklist, overdue) with the ids of the patients it showed. */
export function auditListViewed(db: DbOrTx, actor: Pick<Actor, 'id' | 'email'>, entity: string, patientIds: number[], query: Plain): void {
  recordAudit(db, {
    userId: actor.id,
    userEmail: actor.email,
    action: 'view',
    entity,
    outcome: 'success',
    details: { patientIds: [...new Set(patientIds)], ...query },
  });
}

/** The fields that differ between two versions of a record, as { field: { from, to } }. */
export function changedFields(before: Plain, after: Plain): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updatedAt') continue;
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

interface RecordChange {
  action: string;
  entity: string;
  entityId: number | string;
  patientId?: number | null;
  /** Omit for a creation. */
  before?: Plain | null;
  /** Omit for a deletion. */
  after?: Plain | null;
  extra?: Plain;
}

/**
 * Records a creation, change or deletion with its before and after values. Call inside the transaction that
 * makes the change so both stand or fall together. Never pass password hashes or tokens.
 */
export function auditRecordChange(db: DbOrTx, actor: Pick<Actor, 'id' | 'email'>, change: RecordChange): void {
  const details: Plain = { ...change.extra };
  if (change.before && change.after) details.changes = changedFields(change.before, change.after);
  else if (change.after) details.after = change.after;
  else if (change.before) details.before = change.before;
  recordAudit(db, {
    userId: actor.id,
    userEmail: actor.email,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    patientId: change.patientId ?? null,
    outcome: 'success',
    details,
  });
}
