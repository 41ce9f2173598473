import { describe, expect, it } from 'vitest';
import { renderedParcelIds, useBrowser, waitForMapIdle } from './browser.ts';

describe('online basemap unreachable', () => {
  const open = useBrowser();

  it('keeps drawing our layers and shows a short notice', async () => {
    let aborted = 0;
    const page = await open('/?base=osm', {
      setup: (ctx) =>
        ctx.route('**/tile.openstreetmap.org/**', (route) => {
          aborted += 1;
          return route.abort('internetdisconnected');
        }),
      // Chromium itself logs each aborted request; that line is the browser's, not the app's.
      expectedConsoleErrors: [/Failed to load resource.*tile\.openstreetmap\.org/],
    });
    await page.getByTestId('basemap-notice').waitFor();
    await waitForMapIdle(page);
    expect(aborted).toBeGreaterThan(0);
    expect(await page.getByTestId('basemap-notice').textContent()).toContain('在线底图无法访问');
    expect((await renderedParcelIds(page)).length).toBeGreaterThan(100);
    const towns = await page.evaluate(() =>
      window
        .__zkMap!.queryRenderedFeatures({ layers: ['towns-label'] })
        .map((f) => String(f.properties.nameZh)),
    );
    expect(towns).toContain('陈江');
  });
});
