import { afterAll, describe, expect, it, vi } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientAddress, installPeerAddressHook } from '@/lib/auth/client-address';

let server: Server | undefined;
afterAll(() => server?.close());

/** What clientAddress() makes of a request sent from this process with the given X-Forwarded-For. */
async function seenAddress(forwardedFor?: string): Promise<string | null> {
  server ??= await new Promise<Server>((resolve) => {
    const s = createServer((req, res) => res.end(JSON.stringify(clientAddress(req.headers))));
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const headers = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
    request({ host: '127.0.0.1', port, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(JSON.parse(body)));
    })
      .on('error', reject)
      .end();
  });
}

describe('the client address used for throttling and the audit log', () => {
  it('ignores X-Forwarded-For when no proxy is trusted and the socket address is unknown', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7' })).toBeNull();
    vi.stubEnv('TRUST_PROXY', 'true');
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7, 198.51.100.2' })).toBe('198.51.100.2');
    vi.unstubAllEnvs();
  });

  it('is the socket address once the hook runs, whatever X-Forwarded-For the client sends', async () => {
    installPeerAddressHook();
    expect(await seenAddress('203.0.113.7')).toBe('127.0.0.1');
    expect(await seenAddress('203.0.113.7, 198.51.100.2')).toBe('127.0.0.1');
    expect(await seenAddress()).toBe('127.0.0.1');
  });
});
