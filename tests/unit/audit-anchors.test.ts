import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { useTempDatabase } from './support/test-db';
import { tamperableCopy as copyWithoutTriggers } from './support/tamperable-copy';
import { recordAudit } from '@/lib/audit/chain';
import { verifyAuditChain, type AuditRowFields } from '@/lib/audit/verify';
import { auditHash } from '@/lib/audit/chain';
import { checkpointFile, readCheckpoints, resetCheckpointState, verifyCheckpoints, writeCheckpoint } from '@/lib/audit/checkpoint';

const KEY = 'audit-anchor-test-key-that-is-long-enough';
const temp = useTempDatabase();
let dir = '';

beforeAll(() => {
  dir = join(process.env.DATABASE_PATH!, '..');
  process.env.AUDIT_KEY = KEY;
  process.env.AUDIT_CHECKPOINT_FILE = join(dir, 'backups', 'audit-checkpoints.jsonl');
  process.env.AUDIT_CHECKPOINT_EVERY = '5';
  resetCheckpointState();
  for (let i = 1; i <= 12; i++)
    recordAudit(temp.db(), { userId: i, action: 'view', entity: 'patient', entityId: i, patientId: i, outcome: 'success' });
});
afterAll(() => {
  delete process.env.AUDIT_KEY;
  delete process.env.AUDIT_CHECKPOINT_FILE;
  delete process.env.AUDIT_CHECKPOINT_EVERY;
  temp.cleanup();
});

/** Someone with the database file (but not AUDIT_KEY) can drop the triggers and rewrite a copy. */
const tamperableCopy = (name: string): Database.Database => copyWithoutTriggers(temp.db().$client, join(dir, name));

const verifyScript = (path: string, env: Record<string, string> = {}) =>
  spawnSync('npx', ['tsx', 'scripts/audit-verify.ts', path], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });

describe('audit checkpoints', () => {
  it('are written every N events and at will, signed under AUDIT_KEY, in a file beside the backups', () => {
    expect(checkpointFile()).toBe(join(dir, 'backups', 'audit-checkpoints.jsonl'));
    expect(checkpointFile({ BACKUP_DIR: '/srv/backups' })).toBe('/srv/backups/audit-checkpoints.jsonl');
    expect(readCheckpoints(checkpointFile()).map((c) => c.id)).toEqual([5, 10]);
    writeCheckpoint(temp.db().$client); // as at shutdown
    const checkpoints = readCheckpoints(checkpointFile());
    expect(checkpoints.map((c) => c.id)).toEqual([5, 10, 12]);
    expect(verifyCheckpoints(temp.db().$client, checkpoints, KEY)).toEqual({ ok: true, checked: 3 });
    expect(verifyCheckpoints(temp.db().$client, checkpoints, 'another-key').ok).toBe(false);
    const result = verifyScript(process.env.DATABASE_PATH!);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Checkpoints hold: 3 checked');
  });

  it('detect a cut tail that the chain alone cannot see', () => {
    const copy = tamperableCopy('cut.db');
    copy.exec('delete from audit_events where id > 9');
    expect(verifyAuditChain(copy)).toMatchObject({ ok: true }); // what was left still links up
    expect(verifyCheckpoints(copy, readCheckpoints(checkpointFile()), KEY)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/event 10.*missing/),
    });
    copy.close();
    const result = verifyScript(join(dir, 'cut.db'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/checkpoints do not hold: event 10/i);
  });

  it('detect a log re-hashed from an altered row on', () => {
    const copy = tamperableCopy('rehashed.db');
    copy.prepare(`update audit_events set user_id = 99 where id = 3`).run();
    // Recompute every hash from the altered row on, as a forger without the key would.
    const rows = copy.prepare('select * from audit_events order by id').all() as (AuditRowFields & { id: number })[];
    let prev: string | null = null;
    for (const row of rows) {
      const hash = auditHash({
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
        prevHash: prev,
      });
      copy.prepare('update audit_events set prev_hash = ?, hash = ? where id = ?').run(prev, hash, row.id);
      prev = hash;
    }
    expect(verifyAuditChain(copy)).toMatchObject({ ok: true });
    expect(verifyCheckpoints(copy, readCheckpoints(checkpointFile()), KEY)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/event 5 no longer has the hash/),
    });
    copy.close();
    const result = verifyScript(join(dir, 'rehashed.db'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/rewritten/);
  });
});

describe('appends from two processes on one database', () => {
  const writer = (path: string, tag: string) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn('npx', ['tsx', 'tests/unit/support/audit-writer.ts', path, '300', tag], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`writer ${tag} exited ${code}: ${err}`))));
    });

  it('keep one chain (each append is an immediate transaction)', async () => {
    const path = join(dir, 'race.db');
    temp.db().$client.exec(`vacuum into '${path}'`);
    await Promise.all([writer(path, 'a'), writer(path, 'b')]);
    const sqlite = new Database(path, { readonly: true });
    const forks = sqlite.prepare('select count(*) as n from (select prev_hash from audit_events group by prev_hash having count(*) > 1)').get();
    const count = sqlite.prepare(`select count(*) as n from audit_events where entity = 'race'`).get();
    sqlite.close();
    expect(count).toEqual({ n: 600 });
    expect(forks).toEqual({ n: 0 });
    const result = verifyScript(path, { AUDIT_CHECKPOINT_FILE: join(dir, 'race-checkpoints.jsonl') });
    expect(result.status, result.stderr).toBe(0);
  }, 120_000);
});
