import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { apiGet, renderedParcelIds, saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

const view = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const m = window.__zkMap!;
    return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });

describe('map framing and panel width', () => {
  const open = useBrowser();

  it('opening a selected parcel without a saved view flies to it', async () => {
    const page = await open('/?sel=p-0025');
    await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(13);
    await waitForMapIdle(page);
    expect(await renderedParcelIds(page)).toContain('p-0025');
    await saveScreenshot(page, 'map-sel-framed');
  });

  it('a filter whose parcels are all out of view frames them; a link with v= keeps its view', async () => {
    const huinan = await apiGet<FeatureCollection>('/api/parcels?platform=huinan');
    const belt = await apiGet<FeatureCollection>('/api/parcels?platform=sino-korea');
    expect(huinan.features.length).toBeGreaterThan(0);
    expect(belt.features.length).toBeGreaterThan(0);
    const [w, s, e, n] = bbox(belt);
    const v = `v=${((w + e) / 2).toFixed(5)},${((s + n) / 2).toFixed(5)},15`;

    // Opening a link with a view and a filter whose parcels lie elsewhere keeps the link's view.
    const linked = await open(`/?${v}&platform=huinan`);
    await waitForMapIdle(linked);
    const kept = await view(linked);
    expect(kept.zoom).toBeCloseTo(15, 1);
    expect(await renderedParcelIds(linked)).toEqual([]);

    // Choosing that filter in the panel moves the map to its parcels.
    const page = await open(`/?${v}&tab=filters`);
    await waitForMapIdle(page);
    await page.getByTestId('filter-platform').selectOption('huinan');
    const ids = new Set(huinan.features.map((f) => String(f.properties?.id)));
    await expect
      .poll(async () => {
        await waitForMapIdle(page);
        return (await renderedParcelIds(page)).filter((id) => ids.has(id)).length;
      })
      .toBeGreaterThan(0);
    await saveScreenshot(page, 'map-filter-framed');
  });

  // The map is created before React renders, in the shell's copy of the layout (client/map/main-map.ts): its
  // opening frame must be computed for the map's final size. At 1280 × 800 the map is 840 × 756 px (left panel
  // 440, header 44); 仲恺高新区 (114.12–114.52° E, 22.93–23.15° N) then fits by its width: 840 − 2 × 24 padding =
  // 792 px for 0.4° of longitude, zoom log2(792 · 360 / (0.4 · 512)) = 10.443 (its height, 473 px, fits).
  it('opens framed on 仲恺高新区 for the map’s final size (1280 × 800: 840 × 756 px, zone 792 px wide)', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const got = await page.evaluate(() => {
      const m = window.__zkMap!;
      const box = m.getCanvas().getBoundingClientRect();
      const west = m.project([114.12, 23.04]);
      const east = m.project([114.52, 23.04]);
      const maps = document.querySelectorAll('.maplibregl-canvas').length;
      return { box: box.toJSON() as DOMRect, zoneWidth: east.x - west.x, zoom: m.getZoom(), maps };
    });
    // One map only, though the tests' development build runs React's StrictMode effects twice.
    expect(got.maps).toBe(1);
    expect([got.box.left, got.box.top, got.box.width, got.box.height]).toEqual([440, 44, 840, 756]);
    expect(got.zoneWidth).toBeCloseTo(792, 0);
    expect(got.zoom).toBeCloseTo(10.443, 2);
  });

  it('the left panel keeps one width on every tab', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const widths: Record<string, number> = {};
    for (const tab of ['overview', 'filters', 'idle', 'land-balance', 'layers', 'legend']) {
      await page.getByTestId(`tab-${tab}`).click();
      widths[tab] = Math.round((await page.getByTestId('left-panel').boundingBox())?.width ?? 0);
    }
    expect(new Set(Object.values(widths)), JSON.stringify(widths)).toEqual(new Set([440]));
  });
});
