import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Runs in a separate Node process: a second connection writing sessions with SITES sites each, one transaction per
// session, as fast as it can until killed.
const WRITER = `
const Database = require(process.argv[1]);
const [path, courseId, userId] = process.argv.slice(2);
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
(function loop() { for (let i = 0; i < 20; i++) save(); setImmediate(loop); })();
`;
export const WRITER_SITES = 3;

/** Starts the writer process and resolves once it is writing. */
export async function startSessionWriter(path: string, courseId: number, userId: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', WRITER, require.resolve('better-sqlite3'), path, String(courseId), String(userId)], {
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
