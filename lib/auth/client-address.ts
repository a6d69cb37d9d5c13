import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How a client's address reaches authorize(): next-auth hands it the request headers only, and Next's server sets
 * X-Forwarded-For to the socket address only when the request has none, so a client can name any address there.
 *
 * - TRUST_PROXY set: the app is reachable only through a reverse proxy that appends the address it saw to
 *   X-Forwarded-For; the right-most entry is used.
 * - Otherwise: installPeerAddressHook() (instrumentation.ts) overwrites X-Forwarded-For with the socket address as
 *   each request arrives, before Next reads it. Without the hook no address is used at all.
 */
export function trustProxy(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.TRUST_PROXY ?? '');
}

const globalForHook = globalThis as unknown as { prolotrackPeerAddressHook?: boolean };

export function installPeerAddressHook(): void {
  if (globalForHook.prolotrackPeerAddressHook || trustProxy()) return;
  // Published by Node's HTTP server for each request, synchronously, before the 'request' event.
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    if (socket.remoteAddress) request.headers['x-forwarded-for'] = socket.remoteAddress;
    else delete request.headers['x-forwarded-for'];
  });
  globalForHook.prolotrackPeerAddressHook = true;
}

/** The client's address for throttling and the audit log, or null when none can be trusted. */
export function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  if (!trustProxy() && !globalForHook.prolotrackPeerAddressHook) return null;
  const forwarded = headers?.['x-forwarded-for'];
  if (typeof forwarded !== 'string' || !forwarded) return null;
  const last = forwarded.split(',').pop()?.trim();
  return last ? last.slice(0, 64) : null;
}
