import { describe, expect, it } from 'vitest';
import { apiGet, screenPoint, useBrowser, waitForMapIdle } from './browser.ts';

type Site = {
  properties: { id: string; name: string; type: string; stage: string; mode: string; targetYear: number };
  geometry: { type: 'Polygon'; coordinates: [number, number][][] };
};

/** Mean of a ring's vertices (the sample's 三旧 sites are convex, so this lies inside). */
const centre = (ring: [number, number][]): [number, number] => {
  const pts = ring.slice(0, -1);
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
};

// Chinese labels as the DESIGN names them (type 旧厂房/旧村庄/旧城镇, mode 工改工/工改科, stages 标图建库…完成).
const TYPE_ZH: Record<string, string> = { old_factory: '旧厂房', old_village: '旧村庄', old_town: '旧城镇' };
const STAGE_ZH: Record<string, string> = {
  mapped: '标图建库',
  planning: '方案',
  demolition: '拆除',
  construction: '建设',
  completed: '完成',
};

describe('三旧 sites are inspectable (issue 17)', () => {
  const open = useBrowser();

  it('hover shows a pointer and an outline; a click opens the site’s panel; the legend lists every layer', async () => {
    const sites = await apiGet<{ features: Site[] }>('/api/redevelopment');
    const site = sites.features.find((f) => f.geometry.type === 'Polygon')!;
    const [lon, lat] = centre(site.geometry.coordinates[0]!);
    const page = await open(`/?v=${lon},${lat},15.5&tab=legend`);
    await waitForMapIdle(page);

    const pt = await screenPoint(page, [lon, lat]);
    await page.mouse.move(pt.x, pt.y);
    await expect.poll(() => page.evaluate(() => window.__zkMap!.getCanvas().style.cursor)).toBe('pointer');
    await expect
      .poll(() =>
        page.evaluate(
          (id) => window.__zkMap!.getFeatureState({ source: 'redevelopment', id }).hover,
          site.properties.id,
        ),
      )
      .toBe(true);

    await page.mouse.click(pt.x, pt.y);
    const view = page.getByTestId('redevelopment-view');
    await view.waitFor();
    expect(await view.getAttribute('data-redevelopment-id')).toBe(site.properties.id);
    expect(await page.getByTestId('parcel-panel').count()).toBe(0);
    expect(await page.getByTestId('redevelopment-type').textContent()).toBe(TYPE_ZH[site.properties.type]);
    expect(await page.getByTestId('redevelopment-stage').textContent()).toBe(STAGE_ZH[site.properties.stage]);
    expect(await page.getByTestId('redevelopment-target-year').textContent()).toBe(
      String(site.properties.targetYear),
    );
    expect(await page.getByTestId('redevelopment-area').textContent()).toMatch(/㎡/);
    await expect.poll(() => new URL(page.url()).searchParams.get('rs')).toBe(site.properties.id);
    await expect
      .poll(() =>
        page.evaluate(
          (id) => window.__zkMap!.getFeatureState({ source: 'redevelopment', id }).selected,
          site.properties.id,
        ),
      )
      .toBe(true);

    // The legend names every drawn layer, including those the issue found missing.
    for (const id of [
      'redevelopment',
      'platform',
      'railway',
      'expressway',
      'station',
      's357',
      'water',
      'project',
    ])
      await page.getByTestId(`legend-overlay-${id}`).waitFor();
  });
});
