// npm run test:load — 50 concurrent clients save sessions for 20 s with zero errors.
// Two `next start` processes share one database file (two connections contending for the write lock, as two app
// instances or an admin script would), and an online backup runs every few seconds meanwhile.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '../lib/ops/backup';
import { signIn } from './lib/auth';
import { newSecret, startServer, stopServer } from './lib/server';
import { activeCourses, driveSaves, type Client } from './lib/session-load';
import { percentile } from './lib/stats';
import { createTempClinic } from './lib/temp-clinic';
import { isClean, verifySaves } from './lib/verify-saves';

const CLIENTS = Number(process.env.LOAD_CLIENTS || 50);
const SECONDS = Number(process.env.LOAD_SECONDS || 20);
const PORT = Number(process.env.LOAD_PORT || 3162);
const SPECIALISTS = ['specialist@prolotrack.test', 'lukas.brandt@prolotrack.test', 'priya.raman@prolotrack.test'];

async function main() {
  execFileSync('bash', ['scripts/ensure-build.sh'], { stdio: 'inherit' });
  const clinic = await createTempClinic('load', { patients: 150 });
  const secret = newSecret();
  const servers = await Promise.all([0, 1].map((i) => startServer({ port: PORT + i, databasePath: clinic.databasePath, secret })));
  try {
    const cookies = await Promise.all(SPECIALISTS.map((email) => signIn(servers[0].baseUrl, email)));
    const courses = activeCourses(clinic.databasePath, SPECIALISTS);
    const clients: Client[] = Array.from({ length: CLIENTS }, (_, i) => ({
      baseUrl: servers[i % 2].baseUrl,
      cookie: cookies[i % SPECIALISTS.length],
      courses: courses.filter((c) => c.email === SPECIALISTS[i % SPECIALISTS.length]),
    }));
    const endAt = Date.now() + SECONDS * 1000;
    let backups = 0;
    const backupLoop = (async () => {
      while (Date.now() < endAt - 2000) {
        await new Promise((r) => setTimeout(r, 3000));
        await backupDatabase(clinic.databasePath, { dir: join(clinic.dir, 'backups'), keep: 2 });
        backups++;
      }
    })();
    const started = Date.now();
    const tally = await driveSaves(clients, () => Date.now() >= endAt);
    const elapsed = (Date.now() - started) / 1000;
    await backupLoop;
    const verdict = verifySaves(clinic.databasePath, tally.acks);
    const errors = Object.values(tally.rejected).reduce((a, b) => a + b, 0) + tally.unanswered;
    console.log(
      `${CLIENTS} clients × ${SECONDS} s over 2 server processes: ${tally.acks.length} sessions saved ` +
        `(${(tally.acks.length / elapsed).toFixed(0)}/s), p50 ${percentile(tally.latenciesMs, 50).toFixed(0)} ms, ` +
        `p99 ${percentile(tally.latenciesMs, 99).toFixed(0)} ms, ${errors} error(s), ${backups} online backup(s) meanwhile.`,
    );
    if (errors || !isClean(verdict)) {
      console.error(
        `Load test FAILED: ${JSON.stringify({ rejected: tally.rejected, unanswered: tally.unanswered, ...verdict, missing: verdict.missing.length })}`,
      );
      process.exitCode = 1;
    } else {
      console.log('Every save answered 201 and is stored with all of its sites; integrity ok.');
    }
  } finally {
    await Promise.all(servers.map(stopServer));
  }
  if (!process.exitCode) rmSync(clinic.dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
