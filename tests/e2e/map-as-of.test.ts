/**
 * The map follows the reference date (参考日, `ref=` in the link): before the data's as-of date it draws the
 * ledger of that day from asOf tiles — each parcel in its state then, parcels not yet in the ledger absent —
 * and the result count and legend count the same ledger. Oracle: GET /api/parcels?asOf= (the list's read model).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiGet, renderedParcelIds, useBrowser, waitForMapIdle } from './browser.ts';

type List = { total: number; features: { id: string; properties: { state: string } }[] };
const DAY = '2016-06-30';

describe('map on a past reference date', () => {
  const open = useBrowser();

  it('draws and counts the parcels as they stood that day; today again once the date is cleared', async () => {
    const then = await apiGet<List>(`/api/parcels?asOf=${DAY}&limit=100000`);
    const now = await apiGet<List>('/api/parcels?limit=1');
    expect(then.total).toBeGreaterThan(0);
    expect(then.total).toBeLessThan(now.total);
    const stateThen = new Map(then.features.map((f) => [f.id, f.properties.state]));

    const page = await open(`/?ref=${DAY}`);
    await waitForMapIdle(page);
    await expect
      .poll(() => page.getByTestId('result-count').getAttribute('data-count'))
      .toBe(String(then.total));
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() =>
      window
        .__zkMap!.queryRenderedFeatures({ layers: ['parcels-fill'] })
        .map((f) => [String(f.properties.id), String(f.properties.state)] as const),
    );
    expect(drawn.length).toBeGreaterThan(0);
    // Every drawn parcel existed that day and is drawn in its state then.
    for (const [id, state] of drawn) expect(stateThen.get(id), id).toBe(state);

    // The export menu writes the same ledger: the file holds the parcels counted above, dated that day.
    await page.getByTestId('export-menu-button').click();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-geojson').click(),
    ]);
    expect(dl.suggestedFilename()).toBe(`仲恺地块_全部_${DAY}.geojson`);
    const fc = JSON.parse(readFileSync(await dl.path(), 'utf8')) as List;
    expect(fc.features.map((f) => [f.id, f.properties.state]).sort()).toEqual([...stateThen].sort());
    await page.getByTestId('export-menu-button').click();

    // Back to today's ledger: the parcels created since appear.
    await page.goto(page.url().replace(/([?&])ref=[^&]*&?/, '$1'));
    await waitForMapIdle(page);
    await expect
      .poll(() => page.getByTestId('result-count').getAttribute('data-count'))
      .toBe(String(now.total));
    expect((await renderedParcelIds(page)).some((id) => !stateThen.has(id))).toBe(true);
  });
});
