/**
 * Client first-idle bench: time from navigation to the map's first `idle` with the parcels drawn, and renderer
 * memory, for three pages over the same server and the same parcels, in one run, interleaved:
 *   app      — the built app (parcels as vector tiles, counts from the API);
 *   geojson  — a bare maplibre page drawing one GeoJSON file of the parcels (written from /api/parcels);
 *   mvt      — a bare maplibre page drawing the server's parcel tiles (/api/tiles/parcels.json).
 * The bare pages have no basemap, no labels and no UI: they are the floor a web map of these parcels can reach.
 * Each run uses a fresh browser context (cold HTTP cache); the server's tile cache is warmed by the first run.
 * Sizes: the sample (geodata/) and 10,000 synthetic parcels by default (support/synthetic-zone.ts);
 * `npm run bench -- client-idle --sizes=sample,10000,100000,1000000` for more (the GeoJSON page stops at
 * 100,000 parcels, the list's largest answer). Prints medians (ms, MB) and the ratios app / bare page.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page, Request } from 'playwright-core';
import { MAP_FIRST_IDLE_MARK } from '../../client/state/start-up.ts';
import { startServer } from '../../server/serve.ts';
import { launchChromium } from '../e2e/browser.ts';
import { buildClientTo } from '../e2e/build-client.ts';
import { type FrameTimes, panZoomFrames } from './support/frame-times.ts';
import { stats } from './support/stats.ts';
import { zoneDb } from './support/synthetic-zone.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MAPLIBRE = join(ROOT, 'node_modules/maplibre-gl/dist');
const PAGES = ['app', 'geojson', 'mvt'] as const;
type PageKind = (typeof PAGES)[number];
/** Largest parcel list the GeoJSON page can be given (GET /api/parcels' `limit` maximum). */
const GEOJSON_MAX = 100_000;

/**
 * The bare pages' script (a file: the server's Content-Security-Policy allows no inline script or style): one
 * parcel fill layer, framed on the parcels' extent as the app frames the zone; the page's name picks the source.
 */
const BARE_SCRIPT = `import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
const tiles = location.pathname.endsWith('mvt.html');
const source = tiles
  ? { type: 'vector', url: location.origin + '/api/tiles/parcels.json' }
  : { type: 'geojson', data: location.origin + '/bench/parcels.geojson' };
const b = (await (await fetch('/api/tiles/parcels.json')).json()).bounds;
const fill = { id: 'fill', type: 'fill', source: 'parcels',
  paint: { 'fill-color': ['match', ['get', 'state'], 'ready', '#2f9e44', 'listed', '#1971c2', '#adb5bd'] } };
if (tiles) fill['source-layer'] = 'parcels';
const map = new maplibregl.Map({ container: 'map', bounds: [[b[0], b[1]], [b[2], b[3]]],
  fitBoundsOptions: { padding: 24 }, style: { version: 8, sources: { parcels: source }, layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#f8f9fa' } }, fill] } });
window.__map = map;
map.once('load', () => map.once('idle', () => { window.__idleAt = performance.now(); }));
`;

/** A bare page (HTML shell; BARE_SCRIPT does the rest). */
const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<link rel="stylesheet" href="bare.css"></head><body><div id="map"></div>
<script type="module" src="bare.js"></script></body></html>`;

/** Writes the bare pages, maplibre and (up to GEOJSON_MAX parcels) the GeoJSON file into `dir`/bench/. */
async function writeBarePages(dir: string, serverUrl: string, total: number): Promise<void> {
  const bench = join(dir, 'bench');
  mkdirSync(bench, { recursive: true });
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    copyFileSync(join(MAPLIBRE, f), join(bench, f));
  }
  if (total <= GEOJSON_MAX) {
    const list = await (await fetch(`${serverUrl}/api/parcels?limit=${GEOJSON_MAX}`)).text();
    writeFileSync(join(bench, 'parcels.geojson'), list);
  }
  writeFileSync(join(bench, 'bare.js'), BARE_SCRIPT);
  writeFileSync(join(bench, 'bare.css'), 'html, body, #map { margin: 0; width: 100%; height: 100%; }\n');
  writeFileSync(join(bench, 'geojson.html'), BARE_HTML);
  writeFileSync(join(bench, 'mvt.html'), BARE_HTML);
}

/**
 * Resident memory (MB) of the renderer hosting the page (`page`), read from /proc (Linux; null elsewhere), and of
 * every renderer process (`all`, the bench's figure until 2 December 2026). Besides the page's, Chromium runs a
 * renderer for its own browser UI (`--top-chrome-webui`, ≈ 115–160 MB) and keeps a spare one for the next
 * navigation (≈ 75 MB); neither holds anything of the page. The page's is the largest of the others (the spare
 * one has run no page).
 */
async function rendererRssMb(cdp: CDPSession): Promise<{ page: number; all: number } | null> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  let all = 0;
  let page = 0;
  for (const p of processInfo.filter((x) => x.type === 'renderer')) {
    try {
      const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
      const mb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      all += mb;
      const browserUi = readFileSync(`/proc/${p.id}/cmdline`, 'utf8').includes('--top-chrome-webui');
      if (!browserUi) page = Math.max(page, mb);
    } catch {
      return null;
    }
  }
  return { page, all };
}

/**
 * Records (window.__countAt) when the app first shows the user how many parcels the map draws: the left panel's
 * result count ("10,000 个地块，合计 …亩") with the API's total.
 */
const COUNT_SHOWN_AT = (total: number) => `new MutationObserver((records, o) => {
  if (document.querySelector('[data-testid="result-count"]')?.dataset.count === '${total}') {
    window.__countAt = performance.now();
    o.disconnect();
  }
}).observe(document, { subtree: true, childList: true, attributes: true });`;

/** An API request of the app other than the map's tiles (TileJSON and tiles are the map's own loading). */
const isStartUpApi = (url: string, base: string) =>
  url.startsWith(`${base}/api/`) && !url.startsWith(`${base}/api/tiles/`);

/** The app's API requests still in flight (kept up to date from the page's request events). */
function pendingApiRequests(page: Page, base: string): Set<Request> {
  const pending = new Set<Request>();
  page.on('request', (r) => {
    if (isStartUpApi(r.url(), base)) pending.add(r);
  });
  const done = (r: Request) => {
    pending.delete(r);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return pending;
}

/**
 * When the app's start-up API requests (those started before the first idle at `idleMs`) were all answered,
 * in ms after navigation: waits for the requests in flight to end, then reads the resource timings.
 */
async function apiDoneAt(page: Page, pending: Set<Request>, idleMs: number): Promise<number> {
  await Promise.all([...pending].map((r) => r.response().catch(() => null)));
  await Promise.all([...pending].map((r) => r.response().then((x) => x?.finished())));
  return page.evaluate(
    ({ idleMs }) =>
      Math.max(
        0,
        ...performance
          .getEntriesByType('resource')
          .filter((e) => /\/api\/(?!tiles\/)/.test(new URL(e.name).pathname) && e.startTime <= idleMs)
          .map((e) => (e as PerformanceResourceTiming).responseEnd),
      ),
    { idleMs },
  );
}

/** One run of `kind`: ms from navigation to first idle, renderer RSS and JS heap (MB) at that moment. */
async function runOnce(browser: Browser, base: string, kind: PageKind, total: number, frames: Framing) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx (esbuild keepNames) wraps inner functions in `__name(…)`; functions sent to page.evaluate need it too.
    await context.addInitScript('globalThis.__name = (f) => f;');
    // The resource timing buffer (250 entries by default) would fill with tiles before the API's answers.
    await context.addInitScript('performance.setResourceTimingBufferSize(20000);');
    // Only the app has a count; the bare pages run no observer.
    if (kind === 'app') await context.addInitScript(COUNT_SHOWN_AT(total));
    const page = await context.newPage();
    const pending = kind === 'app' ? pendingApiRequests(page, base) : null;
    const ms = await runOnceOn(page, base, kind, total);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
    const rss = await rendererRssMb(await browser.newBrowserCDPSession());
    const apiDone = pending ? await apiDoneAt(page, pending, ms) : null;
    const fr =
      frames && kind !== 'geojson'
        ? await panZoomFrames(page, kind === 'app' ? '__zkMap' : '__map', frames.centre)
        : null;
    return { ms, heap, rss, apiDone, frames: fr };
  } finally {
    await context.close();
  }
}

/** Whether (and from where) to run the pan/zoom sequence after the first idle: null = not this size. */
type Framing = { centre: [number, number] } | null;

/** Opens `kind` in `page` and waits for its first idle with the parcels drawn; returns ms after navigation. */
async function runOnceOn(page: Page, base: string, kind: PageKind, total: number): Promise<number> {
  // A page that breaks would otherwise only show as a timeout.
  page.on('pageerror', (e) => console.error(`    ${kind}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`    ${kind}: ${m.text()}`);
  });
  // At 1M parcels the one server thread may still be busy with the previous run's whole-zone answers.
  await page.goto(kind === 'app' ? `${base}/` : `${base}/bench/${kind}.html`, { timeout: 180_000 });
  let ms: number;
  if (kind === 'app') {
    // The app's figure: its map's first `idle` (the User Timing mark the app sets then), or the moment it showed
    // the parcel count if that came later. (Until 2 December the bench waited for the count on the map's
    // container and then for the map's next idle state: when its check arrived after the first idle, the deferred
    // labels were already being drawn, and it counted their frames too — 0.3–2.3 s more in some runs, none in others.)
    await page.waitForFunction(
      (mark) =>
        (window as unknown as { __countAt?: number }).__countAt !== undefined &&
        performance.getEntriesByName(mark).length > 0,
      MAP_FIRST_IDLE_MARK,
      { timeout: 180_000, polling: 50 },
    );
    ms = await page.evaluate(
      (mark) =>
        Math.max(
          performance.getEntriesByName(mark)[0]!.startTime,
          (window as unknown as { __countAt: number }).__countAt,
        ),
      MAP_FIRST_IDLE_MARK,
    );
    // The map draws the parcels the count says (the same API answer, written on the map's container).
    await page.waitForFunction(
      (n) => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.parcelsCount === String(n),
      total,
      { timeout: 180_000, polling: 50 },
    );
  } else {
    await page.waitForFunction(() => (window as { __idleAt?: number }).__idleAt, null, {
      timeout: 180_000,
      polling: 50,
    });
    ms = await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  }
  return ms;
}

/**
 * The app's requests up to its first idle (one extra run): path, start and end in ms after navigation, so a
 * start-up that waits on a request, or asks twice, shows.
 */
async function appRequests(browser: Browser, base: string, total: number): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript('globalThis.__name = (f) => f;');
    await context.addInitScript(COUNT_SHOWN_AT(total));
    const page = await context.newPage();
    const lines: string[] = [];
    page.on('requestfinished', (req) => {
      const t = req.timing();
      const path = req.url().replace(base, '');
      lines.push(`${t.startTime.toFixed(0)}|${path}|${Math.max(t.responseEnd, 0).toFixed(0)}`);
    });
    await runOnceOn(page, base, 'app', total);
    const t0 = await page.evaluate(() => performance.timeOrigin);
    return lines
      .map((l) => l.split('|') as [string, string, string])
      .map(([start, path, end]) => [Number(start) - t0, path, Number(end)] as const)
      .sort((a, b) => a[0] - b[0])
      .map(
        ([start, path, end]) =>
          `${start.toFixed(0).padStart(6)} ms +${end.toFixed(0).padStart(5)} ms  ${path}`,
      );
  } finally {
    await context.close();
  }
}

/** The sizes to run: `--sizes=sample,10000` (after `npm run bench -- client-idle`), default sample and 10k. */
function sizes(): (number | null)[] {
  const a = process.argv.find((x) => x.startsWith('--sizes='));
  const list = a ? a.slice(8).split(',') : ['sample', '10000'];
  return list.map((s) => (s === 'sample' ? null : Number(s)));
}

const fmt = (v: number | null | undefined, d = 0) => (v == null || Number.isNaN(v) ? '—' : v.toFixed(d));
const arg = (name: string) => process.argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Pan/zoom frame times are taken at 1,000,000 parcels and more, or at every size with `--frames`. */
const wantFrames = (total: number) => total >= 1_000_000 || process.argv.includes('--frames');

type Run = Awaited<ReturnType<typeof runOnce>>;

/** Median of one figure over a page's runs (null when none was taken). */
function median(runs: Run[] | undefined, f: (r: Run) => number | null | undefined): number | null {
  const xs = (runs ?? []).map(f).filter((x): x is number => x != null);
  return xs.length ? stats(xs).p50 : null;
}

/** Prints one size's medians, the ratios app / bare page and, when taken, the frame times. */
function report(label: string, total: number, got: Map<PageKind, Run[]>, runs: number, why: string): void {
  const med = (k: PageKind, f: (r: Run) => number | null | undefined) => median(got.get(k), f);
  const app = med('app', (r) => r.ms);
  const ratio = (k: PageKind) => {
    const b = med(k, (r) => r.ms);
    return app != null && b != null ? `${(app / b).toFixed(2)}×` : '—';
  };
  console.log(`  ${label} (${total} parcels), median of ${runs} interleaved runs, load average ${why}:`);
  for (const [k, list] of got) {
    console.log(
      `    ${k.padEnd(8)} first idle ${fmt(med(k, (r) => r.ms)).padStart(6)} ms   renderer RSS ` +
        `${fmt(med(k, (r) => r.rss?.page)).padStart(5)} MB (all renderers ${fmt(
          med(k, (r) => r.rss?.all),
        )} MB)   JS heap ${fmt(
          med(k, (r) => r.heap),
          1,
        ).padStart(6)} MB` +
        (k === 'app' ? `   start-up API done ${fmt(med(k, (r) => r.apiDone)).padStart(6)} ms` : '') +
        `   (runs: ${list.map((r) => fmt(r.ms)).join(', ')})`,
    );
  }
  if (!got.has('geojson'))
    console.log(`    geojson  skipped: more than ${GEOJSON_MAX} parcels (the list's cap)`);
  console.log(`    app / geojson ${ratio('geojson')}   app / mvt ${ratio('mvt')}`);
  for (const [k, list] of got) {
    const f = (g: (x: FrameTimes) => number) => median(list, (r) => (r.frames ? g(r.frames) : null));
    if (f((x) => x.frames) == null) continue;
    console.log(
      `    ${k.padEnd(8)} pan/zoom frames ${fmt(f((x) => x.frames))}: p50 ${fmt(
        f((x) => x.p50),
        1,
      )} ms, ` +
        `p95 ${fmt(
          f((x) => x.p95),
          1,
        )} ms, max ${fmt(f((x) => x.max))} ms (medians over runs)`,
    );
  }
}

/** Runs every page `runs` times interleaved (after one warm-up each) against `server` and reports. */
async function benchSize(browser: Browser, url: string, label: string, total: number, runs: number) {
  const kinds = PAGES.filter((k) => k !== 'geojson' || total <= GEOJSON_MAX);
  const tj = (await (await fetch(`${url}/api/tiles/parcels.json`)).json()) as { bounds: number[] };
  const [w, s, e, n] = tj.bounds as [number, number, number, number];
  const framing: Framing = wantFrames(total) ? { centre: [(w + e) / 2, (s + n) / 2] } : null;
  const before = load();
  // Warm-up: the server's first queries and tile builds (the pan/zoom sequence's too), Chromium's first WebGL.
  for (const k of kinds) await runOnce(browser, url, k, total, framing);
  const got = new Map<PageKind, Run[]>();
  for (let i = 0; i < runs; i++) {
    for (const k of kinds)
      got.set(k, [...(got.get(k) ?? []), await runOnce(browser, url, k, total, framing)]);
  }
  report(label, total, got, runs, `${before} → ${load()}`);
  if (process.argv.includes('--requests')) {
    console.log('    the app’s requests up to its first idle (start after navigation, duration):');
    for (const l of await appRequests(browser, url, total)) console.log(`      ${l}`);
  }
}

export default async function clientIdleBench(): Promise<void> {
  const buildDir = mkdtempSync(join(tmpdir(), 'zk-client-bench-'));
  await buildClientTo(join(buildDir, 'dist'));
  const browser = await launchChromium();
  const runs = Number(arg('runs') ?? 7);
  try {
    for (const n of sizes()) {
      const dataDir = mkdtempSync(join(tmpdir(), 'zk-client-bench-db-'));
      // Synthetic zones are built once and kept in data/bench/ (git-ignored; 1M takes minutes).
      const dbPath = n == null ? join(dataDir, 'sample.sqlite') : zoneDb(n);
      const server = await startServer({
        port: 0,
        dbPath,
        geodataDir: join(ROOT, 'geodata'),
        staticDir: join(buildDir, 'dist'),
      });
      try {
        const { total } = (await (await fetch(`${server.url}/api/parcels/summary`)).json()) as {
          total: number;
        };
        await writeBarePages(join(buildDir, 'dist'), server.url, total);
        await benchSize(browser, server.url, n == null ? 'sample' : String(n), total, runs);
      } finally {
        await server.close();
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(join(buildDir, 'dist', 'bench'), { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    rmSync(buildDir, { recursive: true, force: true });
  }
}
