import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsBefore } from './support/migrations-before';
import { generateClinic } from '@/lib/demo/generate';

/** The last migration before the safety record (adverse events as records, coded anaesthetic). */
const LAST_BEFORE = '0010_must_change_password';
const dir = mkdtempSync(join(tmpdir(), 'prolotrack-safety-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo clinic as the pre-safety seeder stored it: one adverse event field + note per session, free-text anaesthetic. */
function seedBefore(sqlite: Database.Database) {
  const now = '2026-11-01T10:00:00.000Z';
  const clinic = generateClinic({ patients: 150, specialists: 3, today: '2026-11-01' });
  const users = [1, 2, 3].map((i) =>
    Number(
      sqlite
        .prepare(`insert into users (email, name, role, password_hash, created_at, updated_at) values (?, ?, 'specialist', 'x', ?, ?)`)
        .run(`s${i}@example.test`, `Dr ${i}`, now, now).lastInsertRowid,
    ),
  );
  const patientIds = new Map<number, number>();
  for (const p of clinic.patients) {
    patientIds.set(
      p.key,
      Number(
        sqlite
          .prepare(
            `insert into patients (mrn, given_name, family_name, date_of_birth, sex, specialist_id, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(p.mrn, p.givenName, p.familyName, p.dateOfBirth, p.sex, users[p.specialistIndex], now, now).lastInsertRowid,
      ),
    );
  }
  // Anaesthetic as people typed it, including values no code matches; types of the retired list, one 'other' without a note.
  const typed = ['Lidocaine 1%', 'lignocaine 1 %', 'Bupivacaine 0.25%', 'none', 'Marcaine', null];
  const types = ['vasovagal', 'post_injection_flare', 'bruising', 'infection', 'nerve_irritation', 'allergic_reaction', 'other'];
  let n = 0;
  for (const c of clinic.courses) {
    const spec = users[c.specialistIndex];
    const courseId = sqlite
      .prepare(
        `insert into courses (patient_id, condition, region, side, specialist_id, start_date, status, end_reason, end_date, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        patientIds.get(c.patientKey),
        c.condition,
        c.region,
        c.side,
        spec,
        c.startDate,
        c.status,
        c.endReason,
        c.endDate,
        now,
        now,
      ).lastInsertRowid;
    for (const s of c.sessions) {
      n += 1;
      const legacy =
        s.adverseEvents[0] ?? (n % 40 === 0 ? { type: types[(n / 40) % types.length], description: n % 80 === 0 ? null : `Note ${n}` } : null);
      const sessionId = sqlite
        .prepare(
          `insert into treatment_sessions (course_id, session_date, pain, mobility, sleep, adverse_event, adverse_event_note, recorded_by, recorded_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          courseId,
          s.sessionDate,
          s.pain,
          s.mobility,
          s.sleep,
          legacy?.type ?? 'none',
          legacy?.description ?? null,
          spec,
          now,
          now,
        ).lastInsertRowid;
      for (const inj of s.injections) {
        sqlite
          .prepare(
            `insert into injections (session_id, site_code, side, injection_count, dextrose_pct, anaesthetic, volume_ml) values (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(sessionId, inj.siteCode, inj.side, inj.injectionCount, inj.dextrosePct, typed[n % typed.length], inj.volumeMl);
      }
    }
  }
}

describe('safety record migrations on a copy of the demo database', () => {
  it('keep every adverse event and every anaesthetic value (counts before = after)', () => {
    const path = join(dir, 'demo.db');
    const sqlite = new Database(path);
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore(dir, LAST_BEFORE) });
    sqlite.transaction(() => seedBefore(sqlite))();
    // The outcome facts as the pre-safety code maintained them (the same statements as that backfill).
    for (const statement of readFileSync('db/migrations/0004_course_facts_backfill.sql', 'utf8').split('--> statement-breakpoint')) {
      sqlite.exec(statement);
    }
    const factsBefore = sqlite.prepare('select coalesce(sum(adverse_sessions), 0) as n from outcome_course_facts').get() as { n: number };
    const before = {
      byType: sqlite
        .prepare(`select adverse_event as type, count(*) as n from treatment_sessions where adverse_event <> 'none' group by 1 order by 1`)
        .all(),
      notes: sqlite
        .prepare(
          `select id as sessionId, adverse_event as type, adverse_event_note as note from treatment_sessions where adverse_event <> 'none' order by id`,
        )
        .all() as { sessionId: number; type: string; note: string | null }[],
      anaesthetic: sqlite.prepare(`select anaesthetic, count(*) as n from injections where anaesthetic is not null group by 1 order by 1`).all(),
      injections: (sqlite.prepare('select count(*) as n from injections').get() as { n: number }).n,
    };
    expect(before.notes.length).toBeGreaterThan(20);
    expect(before.notes.some((r) => r.type === 'other' && r.note == null)).toBe(true);

    migrate(drizzle(sqlite), { migrationsFolder: 'db/migrations' });
    const after = {
      byType: sqlite.prepare(`select type, count(*) as n from adverse_events group by 1 order by 1`).all(),
      notes: sqlite.prepare(`select session_id as sessionId, type, description as note from adverse_events order by session_id`).all() as {
        sessionId: number;
        type: string;
        note: string | null;
      }[],
      anaesthetic: sqlite.prepare(`select anaesthetic, count(*) as n from injections where anaesthetic is not null group by 1 order by 1`).all(),
      injections: (sqlite.prepare('select count(*) as n from injections').get() as { n: number }).n,
    };
    expect(after.byType).toEqual(before.byType);
    // Each note is kept as the description; an 'other' without one gets a placeholder, as the new record requires one.
    expect(after.notes).toEqual(
      before.notes.map((r) => (r.type === 'other' && r.note == null ? { ...r, note: 'Other (no description was recorded)' } : r)),
    );
    expect(after.anaesthetic).toEqual(before.anaesthetic);
    // Every typed anaesthetic has a code; the ones no code matches are 'other' with their text kept.
    const codes = sqlite
      .prepare(`select anaesthetic, anaesthetic_agent as agent, count(*) as n from injections where anaesthetic is not null group by 1, 2 order by 1`)
      .all();
    expect(codes).toEqual([
      { anaesthetic: 'Bupivacaine 0.25%', agent: 'bupivacaine_0_25', n: expect.any(Number) },
      { anaesthetic: 'Lidocaine 1%', agent: 'lidocaine_1', n: expect.any(Number) },
      { anaesthetic: 'Marcaine', agent: 'other', n: expect.any(Number) },
      { anaesthetic: 'lignocaine 1 %', agent: 'lidocaine_1', n: expect.any(Number) },
      { anaesthetic: 'none', agent: 'none', n: expect.any(Number) },
    ]);
    expect(sqlite.prepare('select count(*) as n from injections where anaesthetic is null and anaesthetic_agent is not null').get()).toEqual({
      n: 0,
    });
    expect(after.injections).toBe(before.injections);
    // The outcome facts count the migrated records.
    const facts = sqlite.prepare('select coalesce(sum(adverse_sessions), 0) as n from outcome_course_facts').get() as { n: number };
    expect(factsBefore.n).toBe(before.notes.length);
    expect(facts.n).toBe(before.notes.length);
    sqlite.close();
  });
});
