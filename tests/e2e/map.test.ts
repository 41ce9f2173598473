import { describe, expect, it } from 'vitest';
import {
  apiGet,
  renderedParcelIds,
  saveScreenshot,
  screenPoint,
  useBrowser,
  waitForMapIdle,
} from './browser.ts';

describe('map', () => {
  const open = useBrowser();

  it('draws the sample parcels, platforms and Chinese labels on the offline basemap without the network', async () => {
    const external: string[] = [];
    const page = await open('/', {
      setup: async (ctx) => {
        // Record any request that leaves the app's own server: the default view must need none.
        await ctx.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
          external.push(route.request().url());
          return route.abort();
        });
      },
    });
    await waitForMapIdle(page);
    const { total } = await apiGet<{ total: number }>('/api/parcels?limit=1');

    await expect.poll(() => page.getByTestId('result-count').getAttribute('data-count')).toBe(String(total));
    const drawn = await renderedParcelIds(page);
    // Framed on the whole zone, most sample parcels are on screen (small ones may be culled at this zoom).
    expect(drawn.length).toBeGreaterThan(total * 0.8);

    const labels = await page.evaluate(() => {
      const m = window.__zkMap!;
      const names = (layer: string) =>
        m.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.nameZh));
      return { towns: names('towns-label'), platforms: names('platforms-label') };
    });
    expect(labels.towns).toContain('陈江');
    expect(labels.platforms).toContain('357创新产业带');
    expect(labels.platforms.length).toBe(7);
    await expect.poll(() => page.getByTestId('app-title').textContent()).toBe('仲恺土地与产业平台地图');
    expect(external).toEqual([]);
    await saveScreenshot(page, 'main-view');
  });

  it('clicking a platform label opens its summary and frames it', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const label = await page.evaluate(() => {
      const f = window
        .__zkMap!.queryRenderedFeatures({ layers: ['platforms-label'] })
        .find((x) => x.properties.id === 'sino-korea');
      return f?.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null;
    });
    expect(label).not.toBeNull();
    const pt = await screenPoint(page, label!);
    const zoomBefore = await page.evaluate(() => window.__zkMap!.getZoom());
    await page.mouse.click(pt.x, pt.y);
    await page.getByTestId('platform-view').waitFor();
    expect(await page.getByTestId('platform-name').textContent()).toBe('中韩（惠州）产业园');
    // The map flies to the platform after the panel opens: wait for the zoom, then for the map to settle.
    await expect.poll(() => page.evaluate(() => window.__zkMap!.getZoom())).toBeGreaterThan(zoomBefore);
    await waitForMapIdle(page);
    expect(
      await page.evaluate(
        () => window.__zkMap!.getFeatureState({ source: 'platforms', id: 'sino-korea' }).selected,
      ),
    ).toBe(true);
  });

  it('toggles a layer off and on', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.getByTestId('tab-layers').click();
    await page.getByTestId('layer-toggle-parcels').uncheck();
    await waitForMapIdle(page);
    await expect.poll(() => renderedParcelIds(page)).toEqual([]);
    await expect.poll(() => page.url()).toContain('hide=parcels');
    await page.getByTestId('layer-toggle-parcels').check();
    await waitForMapIdle(page);
    expect((await renderedParcelIds(page)).length).toBeGreaterThan(100);
  });
});
