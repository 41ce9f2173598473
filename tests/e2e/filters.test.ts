import { describe, expect, it } from 'vitest';
import { ARTIFACTS, apiGet, useBrowser, waitForMapIdle } from './browser.ts';

const count = async (page: import('playwright-core').Page) =>
  Number(await page.getByTestId('result-count').getAttribute('data-count'));

describe('filters', () => {
  const open = useBrowser();

  it('a state filter changes the map, the legend and the count together; one click clears', async () => {
    const all = (await apiGet<{ total: number }>('/api/parcels?limit=1')).total;
    const ready = (await apiGet<{ total: number }>('/api/parcels?state=ready&limit=1')).total;
    expect(ready).toBeGreaterThan(0);
    expect(ready).toBeLessThan(all);

    const page = await open('/');
    await waitForMapIdle(page);
    expect(await count(page)).toBe(all);

    // The app opens on the overview; the filters have their own tab.
    await page.getByTestId('tab-filters').click();
    await page.getByTestId('filter-state-ready').click();
    await expect.poll(() => count(page)).toBe(ready);
    await waitForMapIdle(page);
    await expect.poll(() => page.url()).toContain('state=ready');

    // Every parcel drawn is ready.
    const states = await page.evaluate(() => [
      ...new Set(
        window
          .__zkMap!.queryRenderedFeatures({ layers: ['parcels-fill'] })
          .map((f) => String(f.properties.state)),
      ),
    ]);
    expect(states).toEqual(['ready']);

    // The legend counts the same parcels.
    await page.getByTestId('tab-legend').click();
    const legendReady = await page
      .locator('[data-testid="legend-row"][data-key="ready"]')
      .getAttribute('data-count');
    expect(Number(legendReady)).toBe(ready);
    const otherCounts = await page
      .locator('[data-testid="legend-row"]:not([data-key="ready"])')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-count'))));
    expect(otherCounts.every((n) => n === 0)).toBe(true);

    await page.getByTestId('tab-filters').click();
    await page.getByTestId('filters-clear').click();
    await expect.poll(() => count(page)).toBe(all);
    await expect.poll(() => page.url()).not.toContain('state=');
  });

  it('combines platform and area filters as the API does', async () => {
    const expected = (await apiGet<{ total: number }>('/api/parcels?platform=belt-357&minAreaMu=50&limit=1'))
      .total;
    const page = await open('/');
    await waitForMapIdle(page);
    await page.getByTestId('tab-filters').click();
    await page.getByTestId('filter-platform').selectOption('belt-357');
    await page.getByTestId('filter-min-mu').fill('50');
    await page.getByTestId('filter-min-mu').press('Enter');
    await expect.poll(() => count(page)).toBe(expected);
  });

  it('applies the area range while typing, without blur or Enter', async () => {
    const expected = (await apiGet<{ total: number }>('/api/parcels?minAreaMu=80&limit=1')).total;
    const all = (await apiGet<{ total: number }>('/api/parcels?limit=1')).total;
    expect(expected).toBeLessThan(all);
    const page = await open('/?tab=filters');
    await waitForMapIdle(page);
    await page.getByTestId('filter-min-mu').pressSequentially('80');
    // Focus stays in the field: only the typing pause applies it.
    await expect.poll(() => count(page)).toBe(expected);
    await expect.poll(() => page.url()).toContain('minMu=80');
    expect(await page.getByTestId('filter-min-mu').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
  });

  it('says why the map is empty when the filters exclude every parcel, and clears them in one click', async () => {
    const qs = 'platform=belt-357&state=planned&industry=beidou';
    const none = (await apiGet<{ total: number }>(`/api/parcels?${qs}&limit=1`)).total;
    expect(none).toBe(0);
    const all = (await apiGet<{ total: number }>('/api/parcels?limit=1')).total;
    const page = await open(`/?${qs}`);
    await waitForMapIdle(page);
    await expect.poll(() => count(page)).toBe(0);
    const hint = page.getByTestId('empty-filters-hint');
    await expect.poll(() => hint.textContent()).toContain('3 项筛选下没有地块');
    await page.screenshot({ path: `${ARTIFACTS}/filters-empty-hint.png` });
    await page.getByTestId('empty-filters-clear').click();
    await expect.poll(() => count(page)).toBe(all);
    expect(await hint.count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain('industry=');
  });
});
