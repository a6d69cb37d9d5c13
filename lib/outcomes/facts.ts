import 'server-only';
import type { DbOrTx } from '@/db';
import { factsStatements } from './facts-sql';

/**
 * Recomputes one course's outcome facts from its sessions. Call it inside the transaction that wrote the sessions,
 * so the facts never disagree with them.
 */
export function refreshCourseFacts(tx: DbOrTx, courseId: number): void {
  for (const statement of factsStatements(courseId)) tx.run(statement);
}

/** Recomputes the outcome facts of every course (after a bulk load). */
export function rebuildAllCourseFacts(tx: DbOrTx): void {
  for (const statement of factsStatements()) tx.run(statement);
}
