import { describe, expect, it } from 'vitest';
import { useBrowser, waitForMapIdle } from './browser.ts';

describe('shareable URL', () => {
  const open = useBrowser();

  it('a copied link reproduces view, theme, filters and selection', async () => {
    let page = await open('/', {
      setup: (ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    await waitForMapIdle(page);
    // The overview is the default tab, so it stays out of the link.
    expect(await page.getByTestId('tab-overview').getAttribute('aria-selected')).toBe('true');
    expect(page.url()).not.toContain('tab=');

    await page.getByTestId('tab-filters').click();
    await page.getByTestId('filter-state-transferred').click();
    await page.getByTestId('filter-state-delivered').click();
    await page.getByTestId('tab-legend').click();
    await page.getByTestId('theme-select').selectOption('industry');
    await page.getByTestId('search-input').fill('佰维');
    await page.getByTestId('search-result').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('parcel-panel').waitFor();
    await waitForMapIdle(page);

    const before = await page.evaluate(() => {
      const m = window.__zkMap!;
      return { center: m.getCenter().toArray(), zoom: m.getZoom() };
    });
    const code = await page.getByTestId('parcel-code').textContent();
    const count = await page.getByTestId('result-count').getAttribute('data-count');

    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link').getAttribute('data-status')).toBe('copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('state=transferred,delivered');
    expect(link).toContain('theme=industry');
    expect(link).toMatch(/sel=[^&]+/);

    page = await open(link.replace(/^https?:\/\/[^/]+/, ''));
    await page.getByTestId('parcel-panel').waitFor();
    await waitForMapIdle(page);
    expect(await page.getByTestId('parcel-code').textContent()).toBe(code);
    expect(await page.getByTestId('result-count').getAttribute('data-count')).toBe(count);
    expect(page.url()).toContain('tab=legend');
    await page.getByTestId('tab-filters').click();
    expect(await page.getByTestId('filter-state-transferred').locator('input').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-state-delivered').locator('input').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-state-ready').locator('input').isChecked()).toBe(false);
    await page.getByTestId('tab-legend').click();
    expect(await page.getByTestId('theme-select').inputValue()).toBe('industry');

    const after = await page.evaluate(() => {
      const m = window.__zkMap!;
      return { center: m.getCenter().toArray(), zoom: m.getZoom() };
    });
    expect(after.zoom).toBeCloseTo(before.zoom, 1);
    expect(after.center[0]).toBeCloseTo(before.center[0], 4);
    expect(after.center[1]).toBeCloseTo(before.center[1], 4);
    const selectedId = new URL(link).searchParams.get('sel')!;
    const selected = await page.evaluate(
      (id) => window.__zkMap!.getFeatureState({ source: 'parcels', sourceLayer: 'parcels', id }).selected,
      selectedId,
    );
    expect(selected).toBe(true);
  });
});
