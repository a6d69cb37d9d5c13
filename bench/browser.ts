// Largest contentful paint in Chromium at 4× CPU throttle (CDP Emulation.setCPUThrottlingRate), read with the
// performance API, for the pages a clinic uses all day; and the JavaScript each of them loads, from the build.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from '@playwright/test';
import { signIn } from '../scripts/lib/auth';
import { newSecret, startServer, stopServer } from '../scripts/lib/server';
import { activeCourses } from '../scripts/lib/session-load';

export interface PagePaint {
  page: string;
  /** Median of the measured loads (after one warm-up load), ms from navigation start. */
  lcpMs: number;
  /** The element that was the largest contentful paint, for the reader. */
  lcpElement: string;
  /** JavaScript the page loads, from the build's manifests: files, bytes and gzip bytes. */
  jsFiles: number;
  jsKb: number;
  jsGzipKb: number;
}

const CPU_THROTTLE = 4;
const RUNS = Number(process.env.BENCH_LCP_RUNS || 3);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const OBSERVE_LCP = `
  window.__lcp = { ms: 0, el: '' };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      window.__lcp = { ms: e.startTime, el: el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' "' + (el.textContent || '').trim().slice(0, 30) + '"' : '' };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });`;

/** The JS files of an app route (root main files, then each layout's and the page's entry files) from .next. */
export function pageJs(route: string): { files: number; bytes: number; gzipBytes: number } {
  const next = join(__dirname, '..', '.next');
  const build = JSON.parse(readFileSync(join(next, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[]; polyfillFiles: string[] };
  const manifests = globalThis as unknown as { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> };
  manifests.__RSC_MANIFEST = {};
  // The client-reference manifest is a script that assigns globalThis.__RSC_MANIFEST[route].
  new Function(readFileSync(join(next, 'server', 'app', `${route}_client-reference-manifest.js`), 'utf8'))();
  const entries = Object.values(manifests.__RSC_MANIFEST)[0].entryJSFiles;
  const segments = Object.keys(entries).filter(
    (key) => /\/(layout|page)$/.test(key) && `/${route}`.startsWith(key.replace('[project]/app', '').replace(/\/(layout|page)$/, '')),
  );
  const files = new Set([...build.rootMainFiles, ...segments.flatMap((key) => entries[key])]);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const path = join(next, file.replace(/^\/?_next\//, ''));
    bytes += statSync(path).size;
    gzipBytes += gzipSync(readFileSync(path)).length;
  }
  return { files: files.size, bytes, gzipBytes };
}

async function lcpOf(context: BrowserContext, url: string): Promise<{ ms: number; el: string }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await page.addInitScript(OBSERVE_LCP);
    const res = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (res?.status() !== 200) throw new Error(`${url}: HTTP ${res?.status()}`);
    await page.waitForTimeout(500);
    return await page.evaluate(() => (window as unknown as { __lcp: { ms: number; el: string } }).__lcp);
  } finally {
    await page.close();
  }
}

async function measure(context: BrowserContext, url: string): Promise<{ ms: number; el: string }> {
  await lcpOf(context, url); // warm-up: the server's first render, the browser's cache
  const runs: { ms: number; el: string }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lcpOf(context, url));
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)];
}

export async function browserBench(databasePath: string, port: number): Promise<PagePaint[]> {
  const server = await startServer({ port, databasePath, secret: newSecret() });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });
  try {
    const base = server.baseUrl;
    const course = activeCourses(databasePath, ['specialist@prolotrack.test'])[0];
    const pages: { page: string; path: string; route: string; who: string }[] = [
      { page: 'worklist', path: '/worklist', route: '(app)/worklist/page', who: 'specialist@prolotrack.test' },
      { page: 'course page', path: `/courses/${course.courseId}`, route: '(app)/courses/[courseId]/page', who: 'specialist@prolotrack.test' },
      {
        page: 'session form',
        path: `/courses/${course.courseId}/sessions/new`,
        route: '(app)/courses/[courseId]/sessions/new/page',
        who: 'specialist@prolotrack.test',
      },
      { page: 'outcomes (manager)', path: '/outcomes', route: '(app)/outcomes/page', who: 'manager@prolotrack.test' },
    ];
    const contexts = new Map<string, BrowserContext>();
    const results: PagePaint[] = [];
    for (const p of pages) {
      if (!contexts.has(p.who)) {
        const [name, value] = (await signIn(base, p.who)).split(/=(.*)/s);
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.addCookies([{ name, value, url: base, httpOnly: true, sameSite: 'Lax' }]);
        contexts.set(p.who, context);
      }
      const lcp = await measure(contexts.get(p.who)!, `${base}${p.path}`);
      const js = pageJs(p.route);
      results.push({
        page: p.page,
        lcpMs: Math.round(lcp.ms),
        lcpElement: lcp.el,
        jsFiles: js.files,
        jsKb: js.bytes / 1024,
        jsGzipKb: js.gzipBytes / 1024,
      });
    }
    return results;
  } finally {
    await browser.close();
    await stopServer(server);
  }
}
