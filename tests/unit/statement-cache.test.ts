import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { rememberStatements } from '@/db/statement-cache';

function database(max?: number) {
  const sqlite = new Database(':memory:');
  rememberStatements(sqlite, max);
  sqlite.exec("create table t (id integer primary key, name text); insert into t (name) values ('a'), ('b')");
  return sqlite;
}

describe('remembered prepared statements', () => {
  it('hands back the same statement for the same SQL, with its result modes reset', () => {
    const sqlite = database();
    const first = sqlite.prepare('select id, name from t order by id');
    expect(first.raw().all()).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    const again = sqlite.prepare('select id, name from t order by id');
    expect(again).toBe(first);
    expect(again.all()).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ]);
    expect(sqlite.prepare('select name from t where id = ?').pluck().get(2)).toBe('b');
    expect(sqlite.prepare('select name from t where id = ?').get(2)).toEqual({ name: 'b' });
  });

  it('never hands out a statement that is still iterating', () => {
    const sqlite = database();
    const iterating = sqlite.prepare('select id from t order by id');
    const rows = iterating.iterate();
    rows.next();
    const other = sqlite.prepare('select id from t order by id');
    expect(other).not.toBe(iterating);
    expect(other.all()).toEqual([{ id: 1 }, { id: 2 }]);
    rows.return?.();
  });

  it('keeps at most `max` statements, dropping the least recently used', () => {
    const sqlite = database(2);
    const a = sqlite.prepare('select 1 as a');
    const b = sqlite.prepare('select 2 as b');
    expect(sqlite.prepare('select 1 as a')).toBe(a);
    sqlite.prepare('select 3 as c');
    expect(sqlite.prepare('select 1 as a')).toBe(a);
    expect(sqlite.prepare('select 2 as b')).not.toBe(b);
  });

  it('runs writes through remembered statements', () => {
    const sqlite = database();
    for (const name of ['c', 'd']) sqlite.prepare('insert into t (name) values (?)').run(name);
    expect(sqlite.prepare('select count(*) as n from t').get()).toEqual({ n: 4 });
  });
});
