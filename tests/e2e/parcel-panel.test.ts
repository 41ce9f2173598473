import { pointOnFeature } from '@turf/turf';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { apiGet, parcelIdsAt, screenPoint, useBrowser, waitForMapIdle } from './browser.ts';

type SearchResponse = { enterprises: { enterprise: string; parcelIds: string[] }[] };
type ParcelResponse = {
  id: string;
  code: string;
  geometry: Geometry;
  platform: { id: string; nameZh: string };
  projects: { enterprise: string; name: string }[];
};

/** The parcel of an enterprise, looked up through the API the way a planner would name it. */
async function parcelOf(enterpriseQuery: string): Promise<ParcelResponse> {
  const s = await apiGet<SearchResponse>(`/api/search?q=${encodeURIComponent(enterpriseQuery)}`);
  const id = s.enterprises[0]?.parcelIds[0];
  if (!id) throw new Error(`no parcel for ${enterpriseQuery}`);
  return apiGet<ParcelResponse>(`/api/parcels/${id}`);
}

describe('parcel panel', () => {
  const open = useBrowser();

  it('hovering shows a tooltip, clicking a parcel interior opens its panel, Escape closes it', async () => {
    const parcel = await parcelOf('佰维');
    const [lon, lat] = pointOnFeature({ type: 'Feature', geometry: parcel.geometry, properties: {} }).geometry
      .coordinates as [number, number];
    const page = await open(`/?v=${lon},${lat},15.5`);
    await waitForMapIdle(page);

    const pt = await screenPoint(page, [lon, lat]);
    // The point is inside the parcel as drawn, not only as computed.
    expect(await parcelIdsAt(page, pt)).toContain(parcel.id);

    await page.mouse.move(pt.x, pt.y);
    await expect.poll(() => page.getByTestId('parcel-tooltip').textContent()).toContain(parcel.code);

    await page.mouse.click(pt.x, pt.y);
    const panel = page.getByTestId('parcel-panel');
    await panel.waitFor();
    expect(await page.getByTestId('parcel-code').textContent()).toBe(parcel.code);
    const enterprises = await page.getByTestId('project-enterprise').allTextContents();
    expect(enterprises).toContain(parcel.projects[0]?.enterprise);
    expect(enterprises.join()).toContain('佰维');
    expect(await page.getByTestId('parcel-area').textContent()).toMatch(/㎡（[\d,.]+ 亩）/);
    const selected = await page.evaluate(
      (id) => window.__zkMap!.getFeatureState({ source: 'parcels', sourceLayer: 'parcels', id }).selected,
      parcel.id,
    );
    expect(selected).toBe(true);
    await expect.poll(() => page.url()).toContain(`sel=${parcel.id}`);

    await page.keyboard.press('Escape');
    await page.getByTestId('details-panel').waitFor({ state: 'detached' });
    const after = await page.evaluate(
      (id) => window.__zkMap!.getFeatureState({ source: 'parcels', sourceLayer: 'parcels', id }).selected,
      parcel.id,
    );
    expect(after).toBe(false);
  });

  it('the platform link opens the platform summary, whose parcel list opens a parcel', async () => {
    const parcel = await parcelOf('佰维');
    const page = await open(`/?sel=${parcel.id}`);
    await waitForMapIdle(page);
    await page.getByTestId('parcel-platform-link').click();
    const view = page.getByTestId('platform-view');
    await view.waitFor();
    expect(await page.getByTestId('platform-name').textContent()).toBe(parcel.platform.nameZh);
    expect(await page.getByTestId('platform-area').textContent()).toMatch(/平方公里 · [\d,.]+ 亩/);
    const items = page.getByTestId('platform-parcel-list').locator('button');
    expect(await items.count()).toBeGreaterThan(10);
    const code = await items.first().textContent();
    await items.first().click();
    await page.getByTestId('parcel-panel').waitFor();
    expect(await page.getByTestId('parcel-code').textContent()).toBe(code);
    // Escape walks back to the platform.
    await page.keyboard.press('Escape');
    await view.waitFor();
  });
});
