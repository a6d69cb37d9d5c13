import { afterAll, describe, expect, it } from 'vitest';
import { useTempDatabase } from './support/test-db';

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

describe('database connection', () => {
  it('sets WAL, foreign keys, a busy timeout and an explicit synchronous level', () => {
    const sqlite = temp.db().$client;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    // 2 = FULL
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('applies every migration on first use', () => {
    const tables = temp
      .db()
      .$client.prepare(`select name from sqlite_master where type = 'table' order by name`)
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(['users', 'patients', 'courses', 'treatment_sessions', 'injections', 'audit_events']));
  });
});
