/**
 * Map first-idle bench: time from navigation start to the map's first `idle` with every parcel drawn, in
 * headless Chromium against the built app served by the real server. Datasets: the bundled sample, and 10,000
 * and 100,000 synthetic parcels (the generator of parcels-bbox.bench.ts) in temporary databases. Each run uses
 * a fresh browser context (cold HTTP cache). Prints median and p95 (ms) and the parcels drawn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { openDatabase } from '../../server/db/open.ts';
import { seedDataset } from '../../server/seed/seed-database.ts';
import { startServer } from '../../server/serve.ts';
import { launchChromium } from '../e2e/browser.ts';
import { buildClientTo } from '../e2e/build-client.ts';
import { syntheticDataset } from './parcels-bbox.bench.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Milliseconds from navigation start (performance.timeOrigin) to the first idle with all parcels handed over. */
async function firstIdleMs(browser: Browser, url: string, expected: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx (esbuild keepNames) wraps inner functions in `__name(…)`; functions sent to page.evaluate need it too.
    await context.addInitScript('globalThis.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      (n) => {
        const m = window.__zkMap;
        const el = document.querySelector<HTMLElement>('[data-testid="map"]');
        return !!m && el?.dataset.parcelsCount === String(n) && m.loaded() && !m.isMoving();
      },
      expected,
      { timeout: 300_000, polling: 50 },
    );
    return await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const m = window.__zkMap!;
          const check = () => {
            if (m.loaded() && m.areTilesLoaded()) done(performance.now());
            else m.once('idle', check);
          };
          // The first idle after the data arrived; if it already passed, the repaint produces the next one.
          m.once('idle', check);
          m.triggerRepaint();
        }),
    );
  } finally {
    await context.close();
  }
}

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

export default async function mapIdleBench(): Promise<void> {
  const buildDir = mkdtempSync(join(tmpdir(), 'zk-map-bench-dist-'));
  await buildClientTo(buildDir);
  const browser = await launchChromium();
  const cases: { label: string; n: number | null; runs: number }[] = [
    { label: 'sample (geodata/)', n: null, runs: 7 },
    { label: '10,000 synthetic parcels', n: 10_000, runs: 5 },
    { label: '100,000 synthetic parcels', n: 100_000, runs: 3 },
  ];
  try {
    for (const c of cases) {
      const dir = mkdtempSync(join(tmpdir(), 'zk-map-bench-'));
      const dbPath = join(dir, 'bench.sqlite');
      try {
        if (c.n != null) {
          const db = openDatabase(dbPath);
          seedDataset(db, syntheticDataset(c.n));
          db.close();
        }
        const server = await startServer({
          port: 0,
          dbPath,
          geodataDir: join(ROOT, 'geodata'),
          staticDir: buildDir,
        });
        try {
          const res = await fetch(`${server.url}/api/parcels?limit=1`);
          const { total } = (await res.json()) as { total: number };
          // Warm-up: the server's first query and Chromium's first WebGL context are not what users wait for.
          await firstIdleMs(browser, server.url, total);
          const times: number[] = [];
          for (let i = 0; i < c.runs; i++) times.push(await firstIdleMs(browser, server.url, total));
          const { median, p95 } = stats(times);
          console.log(
            `  ${c.label.padEnd(28)} ${String(total).padStart(7)} parcels   navigation → first idle: ` +
              `median ${median.toFixed(0).padStart(6)} ms   p95 ${p95.toFixed(0).padStart(6)} ms   (${c.runs} runs)`,
          );
        } finally {
          await server.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    rmSync(buildDir, { recursive: true, force: true });
  }
}
