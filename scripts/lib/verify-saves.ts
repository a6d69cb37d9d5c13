// Checks a database file against the saves the server acknowledged.
import Database from 'better-sqlite3';
import { LOAD_NOTE, type Ack } from './session-load';

export interface Verdict {
  missing: number[];
  wrongSites: number[];
  sessionsWithoutSites: number;
  /** Saves whose audit event is missing: the event is written in the same transaction as the save. */
  sessionsWithoutAudit: number;
  integrity: string;
  foreignKeyProblems: number;
}

export function verifySaves(databasePath: string, acks: Ack[]): Verdict {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const session = db.prepare(`select course_id as courseId from treatment_sessions where id = ?`);
    const sites = db.prepare(
      `select site_code as siteCode, side, injection_count as injectionCount from injections where session_id = ? order by id`,
    );
    const missing: number[] = [];
    const wrongSites: number[] = [];
    for (const ack of acks) {
      const row = session.get(ack.id) as { courseId: number } | undefined;
      if (!row || row.courseId !== ack.courseId) {
        missing.push(ack.id);
        continue;
      }
      const stored = sites.all(ack.id);
      if (JSON.stringify(stored) !== JSON.stringify(ack.sites.map(({ siteCode, side, injectionCount }) => ({ siteCode, side, injectionCount })))) {
        wrongSites.push(ack.id);
      }
    }
    // Every load-driver save carries at least one site, acknowledged or not: a bare one would be a torn write.
    const { n } = db
      .prepare(
        `select count(*) as n from treatment_sessions s where s.notes = ? and not exists (select 1 from injections i where i.session_id = s.id)`,
      )
      .get(LOAD_NOTE) as { n: number };
    const unaudited = db
      .prepare(
        `select count(*) as n from treatment_sessions s where s.notes = ? and not exists
           (select 1 from audit_events a where a.entity = 'session' and a.action = 'create' and a.entity_id = cast(s.id as text))`,
      )
      .get(LOAD_NOTE) as { n: number };
    return {
      missing,
      wrongSites,
      sessionsWithoutSites: n,
      sessionsWithoutAudit: unaudited.n,
      integrity: String(db.pragma('integrity_check', { simple: true })),
      foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length,
    };
  } finally {
    db.close();
  }
}

export function isClean(v: Verdict): boolean {
  return (
    v.missing.length === 0 &&
    v.wrongSites.length === 0 &&
    v.sessionsWithoutSites === 0 &&
    v.sessionsWithoutAudit === 0 &&
    v.integrity === 'ok' &&
    v.foreignKeyProblems === 0
  );
}
