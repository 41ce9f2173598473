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
