// Starts and kills `next start` for the crash test, the load test and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve('next/dist/bin/next');

export interface ServerHandle {
  port: number;
  baseUrl: string;
  child: ChildProcess;
  /** The last lines the server printed, for diagnosing a failed start. */
  log: () => string;
}

export const newSecret = () => randomBytes(32).toString('base64');

export async function startServer(opts: { port: number; databasePath: string; secret: string; env?: Record<string, string> }): Promise<ServerHandle> {
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(opts.port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: opts.databasePath,
      NEXTAUTH_SECRET: opts.secret,
      EXPORT_KEY: newSecret(),
      AUDIT_KEY: newSecret(),
      NEXTAUTH_URL: baseUrl,
      ...opts.env,
    },
    // Its own process group, so a SIGKILL reaches every process next start spawned.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const server = { port: opts.port, baseUrl, child, log: () => lines.join('\n') };
  await waitForHealth(server);
  return server;
}

async function waitForHealth(server: ServerHandle, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`next start exited with ${server.child.exitCode}:\n${server.log()}`);
    try {
      const res = await fetch(`${server.baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`next start did not become healthy within ${timeoutMs} ms:\n${server.log()}`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** kill -9 of the server's whole process group. */
export async function killServer(server: ServerHandle): Promise<void> {
  try {
    process.kill(-server.child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  await exited(server.child);
}

/** A polite stop (SIGTERM), escalating to SIGKILL after a few seconds. */
export async function stopServer(server: ServerHandle): Promise<void> {
  try {
    process.kill(-server.child.pid!, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => void killServer(server), 5000);
  await exited(server.child);
  clearTimeout(timer);
}
