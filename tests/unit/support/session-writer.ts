import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Runs in a separate Node process: a second connection writing sessions with WRITER_SITES sites each, one transaction
// per session, `batch` transactions back to back then a pause, until killed.
const WRITER = `
const Database = require(process.argv[1]);
const [path, courseId, userId, batch, pauseMs] = process.argv.slice(2);
const db = new Database(path, { timeout: 5000 });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const session = db.prepare("insert into treatment_sessions (course_id, session_date, pain, mobility, sleep, recorded_by, recorded_at, updated_at, notes) values (?, '2026-02-01', 5, 5, 5, ?, 'x', 'x', 'writer')");
const site = db.prepare("insert into injections (session_id, site_code, side, injection_count) values (?, 'knee.mcl', 'left', ?)");
const save = db.transaction(() => {
  const id = session.run(courseId, userId).lastInsertRowid;
  for (let k = 1; k <= ${3}; k++) site.run(id, k);
});
process.stdout.write('ready\\n');
(function loop() { for (let i = 0; i < Number(batch); i++) save(); Number(pauseMs) ? setTimeout(loop, Number(pauseMs)) : setImmediate(loop); })();
`;
export const WRITER_SITES = 3;

/**
 * Starts the writer process and resolves once it is writing. The default (batches of 20, no pause) saturates the
 * write lock; SQLite's lock is not fair, so a saturating writer can starve another connection past busy_timeout.
 */
export async function startSessionWriter(
  path: string,
  courseId: number,
  userId: number,
  { batch = 20, pauseMs = 0 }: { batch?: number; pauseMs?: number } = {},
): Promise<ChildProcess> {
  const args = [require.resolve('better-sqlite3'), path, String(courseId), String(userId), String(batch), String(pauseMs)];
  const child = spawn(process.execPath, ['-e', WRITER, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    child.stdout!.once('data', () => resolve());
  });
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
