/**
 * Browser helpers for the e2e tests: Debian's Chromium driven by playwright-core, a fresh 1280×800 context per
 * test, and a hard failure on any console error or uncaught page error.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });

export interface PageOptions {
  /**
   * Console errors matching one of these are expected (e.g. Chromium's own "Failed to load resource" line for a
   * request the test deliberately aborts). Everything else fails the test.
   */
  expectedConsoleErrors?: RegExp[];
  /** Runs before navigation, e.g. to route requests. */
  setup?: (context: BrowserContext) => Promise<unknown>;
  /** Server to open `path` on; default the run's shared server (`inject('baseUrl')`). */
  baseUrl?: string;
}

/**
 * Registers the hooks of a browser test file and returns `open(path)`, which opens the built app at `path` in a
 * fresh context and records console errors and page errors; each test fails if any was recorded.
 */
export function useBrowser() {
  let browser: Browser;
  let context: BrowserContext | null = null;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = null;
    expect(errors, 'console errors / page errors').toEqual([]);
  });

  return async function open(path: string, opts: PageOptions = {}): Promise<Page> {
    errors = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    if (opts.setup) await opts.setup(context);
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const text = `${m.text()} @ ${m.location().url}`;
      if (opts.expectedConsoleErrors?.some((re) => re.test(text))) return;
      errors.push(`console.error: ${text}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(`${opts.baseUrl ?? inject('baseUrl')}${path}`);
    return page;
  };
}

/**
 * Waits until the parcels have been handed to the map, its deferred labels switched on, and the map is idle:
 * style and tiles loaded, not moving,
 * then one more 'idle' event after a repaint so the frame the user sees is complete.
 */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const m = window.__zkMap;
      const el = document.querySelector<HTMLElement>('[data-testid="map"]');
      const busy = document.querySelector('[data-testid="result-count"][aria-busy="true"]');
      // data-labels: the basemap's labels, deferred until the first idle, have been switched on.
      return (
        !!m &&
        el?.dataset.parcelsCount !== undefined &&
        el.dataset.labels === 'shown' &&
        !busy &&
        m.loaded() &&
        !m.isMoving()
      );
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const m = window.__zkMap!;
        const check = () => {
          if (m.loaded() && !m.isMoving() && m.areTilesLoaded()) done();
          else m.once('idle', check);
        };
        m.once('idle', check);
        m.triggerRepaint();
      }),
  );
}

/** Ids of the parcels drawn on screen (rendered features of the fill layer, not the DOM). */
export const renderedParcelIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const fs = window.__zkMap!.queryRenderedFeatures({ layers: ['parcels-fill'] });
    return [...new Set(fs.map((f) => String(f.properties.id)))];
  });

/** Screen point (page pixels) of a lon/lat position on the map. */
export async function screenPoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('map not visible');
  const p = await page.evaluate(([lon, lat]) => window.__zkMap!.project([lon, lat]), lonLat);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Saves a screenshot under tests/artifacts/ (git-ignored). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** GET a JSON resource of the running server (test-side look-ups such as a parcel's geometry). */
export async function apiGet<T>(path: string): Promise<T> {
  const res = await fetch(`${inject('baseUrl')}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Ids of the parcels drawn at a page point (page pixels). */
export async function parcelIdsAt(page: Page, pt: { x: number; y: number }): Promise<string[]> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('map not visible');
  return page.evaluate(
    ([x, y]) =>
      window
        .__zkMap!.queryRenderedFeatures([x, y], { layers: ['parcels-fill'] })
        .map((f) => String(f.properties.id)),
    [pt.x - box.x, pt.y - box.y] as [number, number],
  );
}
