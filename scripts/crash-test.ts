// npm run test:crash — kill -9 durability: every acknowledged session save survives a SIGKILL of the server.
// Each cycle: start `next start` on the same temporary database, drive concurrent saves, SIGKILL the server at a
// random moment, restart it and check every save that got a 2xx answer is stored with all of its sites.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { signIn } from './lib/auth';
import { killServer, newSecret, startServer, stopServer, type ServerHandle } from './lib/server';
import { activeCourses, driveSaves, emptyTally, type Client } from './lib/session-load';
import { createTempClinic } from './lib/temp-clinic';
import { isClean, verifySaves } from './lib/verify-saves';

const CYCLES = Number(process.env.CRASH_CYCLES || 20);
const CLIENTS = Number(process.env.CRASH_CLIENTS || 16);
const PORT = Number(process.env.CRASH_PORT || process.env.E2E_PORT || 3161);
const SPECIALISTS = ['specialist@prolotrack.test', 'lukas.brandt@prolotrack.test', 'priya.raman@prolotrack.test'];

async function main() {
  execFileSync('bash', ['scripts/ensure-build.sh'], { stdio: 'inherit' });
  const clinic = await createTempClinic('crash', { patients: 60 });
  const secret = newSecret();
  const courses = activeCourses(clinic.databasePath, SPECIALISTS);
  const tally = emptyTally();
  let server: ServerHandle | null = await startServer({ port: PORT, databasePath: clinic.databasePath, secret });
  const cookies = new Map<string, string>();
  for (const email of SPECIALISTS) cookies.set(email, await signIn(server.baseUrl, email));
  const clients = (baseUrl: string): Client[] =>
    Array.from({ length: CLIENTS }, (_, i) => {
      const email = SPECIALISTS[i % SPECIALISTS.length];
      return { baseUrl, cookie: cookies.get(email)!, courses: courses.filter((c) => c.email === email) };
    });
  let failures = 0;
  try {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const live: ServerHandle = server ?? (await startServer({ port: PORT, databasePath: clinic.databasePath, secret }));
      server = live;
      const before = tally.acks.length;
      const unansweredBefore = tally.unanswered;
      let killed = false;
      const load = driveSaves(clients(live.baseUrl), () => killed, tally);
      // Kill mid-stream: once this server has acknowledged its first save, after a further random 0–2 s.
      const firstAckBy = Date.now() + 30_000;
      while (tally.acks.length === before && Date.now() < firstAckBy) await new Promise((r) => setTimeout(r, 10));
      const killAfterMs = Math.floor(Math.random() * 2000);
      await new Promise((r) => setTimeout(r, killAfterMs));
      await killServer(live);
      killed = true;
      server = null;
      await load;
      // Restart on the crashed database (the app recovers the WAL on open), then check everything acknowledged so far.
      server = await startServer({ port: PORT, databasePath: clinic.databasePath, secret });
      const verdict = verifySaves(clinic.databasePath, tally.acks);
      const ok = isClean(verdict);
      if (!ok) failures++;
      console.log(
        `cycle ${String(cycle).padStart(2)}: killed ${killAfterMs} ms after the first save, ${tally.acks.length - before} saves acknowledged, ` +
          `${tally.unanswered - unansweredBefore} unanswered around the kill; total acknowledged ${tally.acks.length}: ` +
          (ok ? 'all present with their sites, integrity ok' : `FAILED ${JSON.stringify({ ...verdict, missing: verdict.missing.slice(0, 10) })}`),
      );
    }
  } finally {
    if (server) await stopServer(server);
  }
  const rejected = Object.entries(tally.rejected);
  if (rejected.length) console.log(`Non-2xx answers: ${rejected.map(([s, n]) => `${n}× ${s}`).join(', ')}`);
  if (failures || rejected.length || tally.acks.length < CYCLES) {
    console.error(`Crash test FAILED (${failures} bad cycle(s); database kept at ${clinic.databasePath}).`);
    process.exit(1);
  }
  rmSync(clinic.dir, { recursive: true, force: true });
  console.log(`Crash test passed: ${CYCLES} kill -9 cycles, ${tally.acks.length} acknowledged saves, none lost.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
