import { describe, expect, it } from 'vitest';
import { apiGet, saveScreenshot, screenPoint, useBrowser, waitForMapIdle } from './browser.ts';

describe('parcel hover tooltip and idle-land list areas', () => {
  const open = useBrowser();

  it('shows ㎡ and 亩 together; hides on click and when the pointer leaves the map', async () => {
    const p = await apiGet<{ bbox: [number, number, number, number] }>('/api/parcels/p-0025');
    const centre: [number, number] = [(p.bbox[0] + p.bbox[2]) / 2, (p.bbox[1] + p.bbox[3]) / 2];
    const page = await open(`/?v=${centre[0]},${centre[1]},16`);
    await waitForMapIdle(page);
    const pt = await screenPoint(page, centre);
    const tip = page.getByTestId('parcel-tooltip');

    await page.mouse.move(pt.x, pt.y);
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/[\d,]+ ㎡（[\d,.]+ 亩）/);
    await saveScreenshot(page, 'tooltip-area');

    // Leaving the map onto the left panel hides it.
    await page.mouse.move(100, 400);
    await expect.poll(() => tip.count()).toBe(0);

    // Clicking the parcel opens its details; the tooltip goes and stays gone while the pointer rests on it.
    await page.mouse.move(pt.x, pt.y);
    await tip.waitFor();
    await page.mouse.click(pt.x, pt.y);
    await page.getByTestId('details-panel').waitFor();
    await expect.poll(() => tip.count()).toBe(0);
    await page.mouse.move(pt.x + 1, pt.y + 1);
    expect(await tip.count()).toBe(0);
  });

  it('the idle-land list gives each parcel’s area in ㎡ and 亩', async () => {
    const page = await open('/?tab=idle');
    const row = page.locator('[data-testid^="idle-row-"]').first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/[\d,]+ ㎡（[\d,.]+ 亩）/);
    await saveScreenshot(page, 'idle-list-area');
  });
});
