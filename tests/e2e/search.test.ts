import { describe, expect, it } from 'vitest';
import { apiGet, renderedParcelIds, saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

type SearchResponse = { enterprises: { enterprise: string; parcelIds: string[] }[] };

describe('search', () => {
  const open = useBrowser();

  it('finds 佰维 by Chinese substring; keyboard choice flies to and selects its parcel', async () => {
    const s = await apiGet<SearchResponse>(`/api/search?q=${encodeURIComponent('佰维')}`);
    const expectedId = s.enterprises[0]?.parcelIds[0];
    expect(expectedId).toBeDefined();
    const expected = await apiGet<{ code: string }>(`/api/parcels/${expectedId}`);

    const page = await open('/');
    await waitForMapIdle(page);
    const input = page.getByTestId('search-input');
    await input.fill('佰维');
    const results = page.getByTestId('search-result');
    await results.first().waitFor();
    expect((await results.allTextContents()).join('|')).toContain('佰维');
    // Move down and back up with the keyboard, then choose the first result with Enter.
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    await input.press('Enter');

    await page.getByTestId('parcel-panel').waitFor();
    expect(await page.getByTestId('parcel-code').textContent()).toBe(expected.code);
    expect((await page.getByTestId('project-enterprise').allTextContents()).join()).toContain('佰维');
    // The map flies there: wait until the parcel is drawn on screen, then for the map to settle.
    await expect.poll(() => renderedParcelIds(page)).toContain(expectedId);
    await expect.poll(() => page.evaluate(() => window.__zkMap!.getZoom())).toBeGreaterThan(13);
    await waitForMapIdle(page);
    // …and it is highlighted through feature-state.
    const state = await page.evaluate(
      (id) => window.__zkMap!.getFeatureState({ source: 'parcels', sourceLayer: 'parcels', id }),
      expectedId!,
    );
    expect(state.selected).toBe(true);
    await saveScreenshot(page, 'selected-parcel');
  });

  it('says so when nothing matches', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.getByTestId('search-input').fill('不存在的企业名称xyz');
    await page.getByTestId('search-empty').waitFor();
    expect(await page.getByTestId('search-empty').textContent()).toBe('没有匹配的结果');
  });
});
