import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { renderedParcelIds, useBrowser, waitForMapIdle } from './browser.ts';

/** A 1×1 transparent PNG: what the routed 天地图 tiles answer with, so no test reaches the network. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const overlaps = (a: DOMRect | null, b: DOMRect | null) =>
  !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('online basemap unreachable', () => {
  const open = useBrowser();

  it('falls back to the offline basemap: our layers, a notice clear of the controls, no re-requests on pan', async () => {
    let aborted = 0;
    const page = await open('/?base=osm&tab=layers&sel=p-0379', {
      setup: (ctx) =>
        ctx.route('**/tile.openstreetmap.org/**', (route) => {
          aborted += 1;
          return route.abort('internetdisconnected');
        }),
      // Chromium itself logs each aborted request; that line is the browser's, not the app's.
      expectedConsoleErrors: [/Failed to load resource.*tile\.openstreetmap\.org/],
    });
    const notice = page.getByTestId('basemap-notice');
    await notice.waitFor();
    await waitForMapIdle(page);
    expect(aborted).toBeGreaterThan(0);
    expect(await notice.textContent()).toContain('OpenStreetMap无法访问，已切换回离线底图');
    expect(await renderedParcelIds(page)).toContain('p-0379');

    // The control shows the basemap actually drawn, and the link no longer asks for OSM.
    expect(await page.getByTestId('basemap-offline').isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('base')).toBeNull();

    // With the details panel open the notice covers neither the zoom buttons nor the panel.
    await page.getByTestId('details-panel').waitFor();
    const box = await notice.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    for (const sel of [
      '.maplibregl-ctrl-zoom-in',
      '.maplibregl-ctrl-zoom-out',
      '[data-testid="details-panel"]',
    ]) {
      const other = await page.locator(sel).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      expect(overlaps(box, other), sel).toBe(false);
    }

    // Panning does not ask the dead tile server again.
    const before = aborted;
    for (const dx of [300, -300, 200]) {
      await page.evaluate((x) => window.__zkMap!.panBy([x, 120], { duration: 0 }), dx);
      await waitForMapIdle(page);
    }
    expect(aborted).toBe(before);
  });
});

describe('天地图 imagery with a key', () => {
  const open = useBrowser();
  let server: RunningServer;
  let dir: string;
  const KEY = 'test-key-0123456789';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zk-e2e-tdt-'));
    server = await startServer({
      port: 0,
      dbPath: join(dir, 'tdt.sqlite'),
      geodataDir: resolve(import.meta.dirname, '../../geodata'),
      staticDir: inject('staticDir'),
      tiandituKey: KEY,
    });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers 天地图影像 and draws imagery plus annotation tiles with the key', async () => {
    const layers = new Set<string>();
    const page = await open('/?tab=layers', {
      baseUrl: server.url,
      setup: (ctx) =>
        ctx.route('https://*.tianditu.gov.cn/**', (route) => {
          const u = new URL(route.request().url());
          if (u.searchParams.get('tk') === KEY) layers.add(u.searchParams.get('LAYER') ?? '');
          return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
        }),
    });
    await waitForMapIdle(page);
    await page.getByTestId('basemap-tdt-img').check();
    await expect.poll(() => [...layers].sort()).toEqual(['cia', 'img']);
    await waitForMapIdle(page);
    const sources = await page.evaluate(() => Object.keys(window.__zkMap!.getStyle().sources));
    expect(sources).toEqual(expect.arrayContaining(['basemap-img', 'basemap-cia']));
    expect(await page.getByTestId('basemap-tdt-img').isChecked()).toBe(true);
    expect(await page.getByTestId('basemap-notice').count()).toBe(0);
  });
});
