// Anchors of the audit chain outside the database: the id and hash of an event, signed with HMAC-SHA256 under
// AUDIT_KEY, appended to a file beside the backups. A database rewritten from the first changed row on (every hash
// recomputed), or with its tail cut, no longer matches them. Used by the app and by `npm run audit:verify`.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { makePrivateDir } from '../../db/file-modes';
import { backupSettings } from '../ops/backup';

type Env = Record<string, string | undefined>;

export interface AuditCheckpoint {
  id: number;
  hash: string;
  at: string;
  hmac: string;
}

const DEFAULT_EVERY = 100;
const state = globalThis as unknown as { prolotrackAuditCheckpointId?: number };

export const auditKey = (env: Env = process.env): string | null => env.AUDIT_KEY || null;

/** `AUDIT_CHECKPOINT_FILE`, else `audit-checkpoints.jsonl` in the backup directory. */
export function checkpointFile(env: Env = process.env): string {
  return env.AUDIT_CHECKPOINT_FILE
    ? resolve(/*turbopackIgnore: true*/ env.AUDIT_CHECKPOINT_FILE)
    : join(backupSettings(env).dir, 'audit-checkpoints.jsonl');
}

/** A checkpoint every `AUDIT_CHECKPOINT_EVERY` events (default 100). */
export function checkpointEvery(env: Env = process.env): number {
  const every = Number.parseInt(env.AUDIT_CHECKPOINT_EVERY ?? '', 10);
  return Number.isFinite(every) && every > 0 ? every : DEFAULT_EVERY;
}

const sign = (key: string, c: Omit<AuditCheckpoint, 'hmac'>) => createHmac('sha256', key).update(`${c.id}:${c.hash}:${c.at}`).digest('hex');

/** Appends a checkpoint for the latest committed event; none without AUDIT_KEY or without events. */
export function writeCheckpoint(sqlite: Database.Database, env: Env = process.env): AuditCheckpoint | null {
  const key = auditKey(env);
  if (!key) return null;
  const last = sqlite.prepare('select id, hash from audit_events order by id desc limit 1').get() as { id: number; hash: string } | undefined;
  if (!last) return null;
  const body = { id: last.id, hash: last.hash, at: new Date().toISOString() };
  const checkpoint = { ...body, hmac: sign(key, body) };
  const file = checkpointFile(env);
  makePrivateDir(dirname(file));
  // One short line per append: O_APPEND keeps lines from two processes whole.
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  state.prolotrackAuditCheckpointId = last.id;
  return checkpoint;
}

export function readCheckpoints(file: string): AuditCheckpoint[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AuditCheckpoint);
}

/**
 * After an append outside any transaction: writes a checkpoint once `checkpointEvery` events have passed since
 * this process's last one (or the last one in the file).
 */
export function checkpointIfDue(sqlite: Database.Database, env: Env = process.env): void {
  if (!auditKey(env) || sqlite.inTransaction) return;
  state.prolotrackAuditCheckpointId ??= readCheckpoints(checkpointFile(env)).reduce((max, c) => Math.max(max, c.id), 0);
  const last = (sqlite.prepare('select max(id) as id from audit_events').get() as { id: number | null }).id ?? 0;
  if (last - state.prolotrackAuditCheckpointId >= checkpointEvery(env)) writeCheckpoint(sqlite, env);
}

/** Forgets this process's last checkpoint (for tests that switch files). */
export function resetCheckpointState(): void {
  state.prolotrackAuditCheckpointId = undefined;
}

type CheckpointReport = { ok: true; checked: number } | { ok: false; checked: number; reason: string };

/** Checks every checkpoint's signature and that the event it anchors is still there with the same hash. */
export function verifyCheckpoints(sqlite: Database.Database, checkpoints: AuditCheckpoint[], key: string): CheckpointReport {
  const hashOf = sqlite.prepare('select hash from audit_events where id = ?');
  let checked = 0;
  for (const [i, c] of checkpoints.entries()) {
    const expected = Buffer.from(sign(key, { id: c.id, hash: c.hash, at: c.at }), 'hex');
    const given = Buffer.from(String(c.hmac), 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, checked, reason: `checkpoint ${i + 1} (event ${c.id}) is not signed with this AUDIT_KEY (altered or forged)` };
    }
    const row = hashOf.get(c.id) as { hash: string } | undefined;
    if (!row) return { ok: false, checked, reason: `event ${c.id}, anchored at ${c.at}, is missing (the log was cut)` };
    if (row.hash !== c.hash) {
      return { ok: false, checked, reason: `event ${c.id} no longer has the hash anchored at ${c.at} (the log was rewritten)` };
    }
    checked += 1;
  }
  return { ok: true, checked };
}
