import { afterAll, describe, expect, it, vi } from 'vitest';
import { databasePath } from '@/db';
import { useTempDatabase } from './support/test-db';
import { actAs } from './support/mock-actor';
import { insertBasics } from './support/fixtures';
import { startSessionWriter, stopProcess } from './support/session-writer';

vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'));
const { createSession } = await import('@/lib/sessions');

const temp = useTempDatabase();
afterAll(() => temp.cleanup());

const input = (n: number) => ({
  sessionDate: '2026-02-02',
  pain: n % 11,
  mobility: 5,
  sleep: 5,
  ultrasoundGuided: true,
  needling: false,
  notes: 'concurrent',
  sites: [
    { siteCode: 'knee.mcl', side: 'left', injectionCount: 2, dextrosePct: 15, anaesthetic: null, volumeMl: 1 },
    { siteCode: 'knee.coronary_medial', side: 'left', injectionCount: 1, dextrosePct: 15, anaesthetic: null, volumeMl: 0.5 },
  ],
});

describe('session saves under write contention', () => {
  it('50 concurrent clients save with zero errors while another process holds the write lock in turns', async () => {
    const sqlite = temp.db().$client;
    const ids = insertBasics(sqlite);
    actAs({ id: ids.user, role: 'specialist', name: 'A', email: 'a@test' });
    // A second connection in another process (like a second app instance) commits a session every millisecond or so:
    // every save here must wait for the write lock (immediate transaction + busy_timeout), never fail with SQLITE_BUSY.
    const writer = await startSessionWriter(databasePath(), ids.course, ids.user, { batch: 1, pauseMs: 1 });
    const saved: number[] = [];
    const errors: unknown[] = [];
    const endAt = Date.now() + Number(process.env.CONTENTION_MS || 4000);
    try {
      await Promise.all(
        Array.from({ length: 50 }, async (_, client) => {
          for (let n = client; Date.now() < endAt; n += 50) {
            try {
              saved.push((await createSession(ids.course, input(n))).id);
            } catch (error) {
              errors.push(error);
            }
            await new Promise((r) => setImmediate(r));
          }
        }),
      );
    } finally {
      await stopProcess(writer);
    }
    expect(errors).toEqual([]);
    expect(saved.length).toBeGreaterThan(50);
    const stored = sqlite
      .prepare(
        `select count(*) as n, sum((select count(*) from injections i where i.session_id = s.id)) as sites from treatment_sessions s where notes = 'concurrent'`,
      )
      .get() as { n: number; sites: number };
    expect(stored).toEqual({ n: saved.length, sites: saved.length * 2 });
    const writerSessions = sqlite.prepare(`select count(*) as n from treatment_sessions where notes = 'writer'`).get() as { n: number };
    expect(writerSessions.n).toBeGreaterThan(0);
  });
});
