import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { useTempDatabase } from './support/test-db';
import { tamperableCopy as copyWithoutTriggers } from './support/tamperable-copy';
import { recordAudit } from '@/lib/audit/chain';
import { verifyAuditChain } from '@/lib/audit/verify';

const temp = useTempDatabase();
let dir = '';
beforeAll(() => {
  dir = join(process.env.DATABASE_PATH!, '..');
  for (let i = 1; i <= 6; i++) {
    recordAudit(temp.db(), {
      userId: i,
      action: 'patient.view',
      entity: 'patient',
      entityId: i,
      patientId: i,
      outcome: 'success',
      details: { n: i },
    });
  }
});
afterAll(() => temp.cleanup());

const tamperableCopy = (name: string): Database.Database => copyWithoutTriggers(temp.db().$client, join(dir, name));

function runVerifyScript(path: string) {
  return spawnSync('npx', ['tsx', 'scripts/audit-verify.ts', path], { encoding: 'utf8', timeout: 60_000 });
}

describe('append-only audit log', () => {
  it('refuses UPDATE and DELETE at the database level', () => {
    const sqlite = temp.db().$client;
    expect(() => sqlite.prepare(`update audit_events set action = 'x' where id = 1`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare(`delete from audit_events where id = 2`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare(`delete from audit_events`).run()).toThrow(/append-only/);
    expect(sqlite.prepare('select count(*) as n from audit_events').get()).toEqual({ n: 6 });
  });

  it('links every event to the one before it', () => {
    expect(verifyAuditChain(temp.db().$client)).toEqual({ ok: true, checked: 6 });
  });

  it('finds a row altered behind the triggers’ back', () => {
    const copy = tamperableCopy('altered.db');
    copy.prepare(`update audit_events set details = '{"n":99}' where id = 4`).run();
    expect(verifyAuditChain(copy)).toMatchObject({ ok: false, brokenAt: 4, checked: 3 });
    copy.close();
  });

  it('finds a removed row at the event after it', () => {
    const copy = tamperableCopy('deleted.db');
    copy.prepare('delete from audit_events where id = 3').run();
    expect(verifyAuditChain(copy)).toMatchObject({ ok: false, brokenAt: 4, checked: 2 });
    copy.close();
  });

  it('finds a row whose hash was recomputed without relinking the next one', () => {
    const copy = tamperableCopy('rehashed.db');
    copy.prepare(`update audit_events set hash = 'f00d' where id = 5`).run();
    expect(verifyAuditChain(copy)).toMatchObject({ ok: false, brokenAt: 5 });
    copy.close();
  });

  it('npm run audit:verify reports the first broken link and exits non-zero', () => {
    const copy = tamperableCopy('script.db');
    copy.prepare(`update audit_events set user_id = 42 where id = 2`).run();
    copy.close();
    const broken = runVerifyScript(join(dir, 'script.db'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('Audit chain broken at event 2');
    temp.db().$client.pragma('wal_checkpoint(TRUNCATE)');
    const intact = runVerifyScript(process.env.DATABASE_PATH!);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toContain('Audit chain intact: 6 events checked');
  });
});
