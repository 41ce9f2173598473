/**
 * The land-balance tab's industry and time views and its map links (zh and en): the platform × industry matrix
 * shows the API's cells as 缺口 / 富余 with the gross total of the cells; the quarter chart has one category per
 * quarter of the API; opening the assigned site of a project flies to its parcel at parcel zoom, draws
 * "拟配给 <project>" on the map and the parcel panel says so. Screenshots of both languages are saved.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../domain/format.ts';
import { apiGet, saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

type Cell = { platformId: string; industry: string; demandMu: number; supplyMu: number };
type Balance = {
  shortfall: {
    byPlatformIndustry: Cell[];
    industryTotals: { grossShortageMu: number; grossSurplusMu: number };
    byQuarter: { quarter: string }[];
  };
};
type Matches = {
  projects: { projectId: string; name: string; assignment: { parcelIds: string[] } | null }[];
};

async function waitForPanel(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>('[data-testid="land-balance-panel"]');
      return !!el && el.dataset.matched !== undefined && el.getAttribute('aria-busy') === 'false';
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
}

/** Text of the 拟配给 label the map draws (the label layer's rendered features). */
const mapLabel = (page: Page) =>
  page.evaluate(() => {
    const fs = window.__zkMap!.queryRenderedFeatures({ layers: ['lb-proposed-label'] });
    return fs[0]?.properties.label ?? null;
  });

describe('land balance by industry, by quarter and on the map', () => {
  const open = useBrowser();

  it('matrix cells and gross total, quarter chart; the assigned site labelled 拟配给 on the map and in the panel (zh)', async () => {
    const b = await apiGet<Balance>('/api/land-balance');
    const m = await apiGet<Matches>('/api/land-balance/matches');
    const short = b.shortfall.byPlatformIndustry.find((c) => c.demandMu - c.supplyMu > 1)!;
    const row = m.projects.find((p) => p.assignment && p.assignment.parcelIds.length === 1)!;

    const page = await open(`/?tab=land-balance&lbp=${row.projectId}`);
    await waitForMapIdle(page);
    await waitForPanel(page);
    const matrix = page.getByTestId('lb-matrix');
    await matrix.waitFor();
    expect(await page.getByTestId(`lb-matrix-${short.platformId}`).textContent()).toContain(
      `缺口 ${formatNumber(short.demandMu - short.supplyMu, 'zh-CN', 1)}`,
    );
    expect(await page.getByTestId('lb-matrix-gross').textContent()).toContain(
      `缺口 ${formatNumber(b.shortfall.industryTotals.grossShortageMu, 'zh-CN', 1)}`,
    );
    expect(await page.getByTestId('lb-quarters').getAttribute('data-quarters')).toBe(
      String(b.shortfall.byQuarter.length),
    );
    await matrix.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'land-balance-matrix-zh');

    await page.getByTestId('lb-assigned-open').click();
    const panel = page.getByTestId('parcel-proposed-for');
    await panel.waitFor();
    expect(await panel.textContent()).toBe(`拟配给 ${row.name}（用地缺口测算）`);
    expect(await page.getByTestId('parcel-panel').getAttribute('data-parcel-id')).toBe(
      row.assignment!.parcelIds[0],
    );
    await expect
      .poll(() => page.evaluate(() => window.__zkMap!.getZoom()), { timeout: 30_000 })
      .toBeGreaterThan(14);
    await waitForMapIdle(page);
    await expect.poll(() => mapLabel(page)).toBe(`拟配给 ${row.name}`);
    await saveScreenshot(page, 'land-balance-proposed-zh');
  });

  it('the same in English; an industry filter narrows the matrix to that industry', async () => {
    const m = await apiGet<Matches>('/api/land-balance/matches');
    const row = m.projects.find((p) => p.assignment && p.assignment.parcelIds.length === 1)!;
    const page = await open(`/?tab=land-balance&lang=en&lbp=${row.projectId}`);
    await waitForMapIdle(page);
    await waitForPanel(page);
    await page.getByTestId('lb-matrix').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'land-balance-matrix-en');
    await page.getByTestId('lb-assigned-open').click();
    await page.getByTestId('parcel-proposed-for').waitFor();
    await waitForMapIdle(page);
    await expect.poll(() => mapLabel(page)).toBe(`Proposed for ${row.name}`);
    await saveScreenshot(page, 'land-balance-proposed-en');

    const laser = await open('/?tab=land-balance&lang=en&industry=laser');
    await waitForPanel(laser);
    const heads = await laser.getByTestId('lb-matrix').locator('thead th').allTextContents();
    expect(heads).toEqual(['Platform', 'Laser', 'Platform total']);
  });

  it('bad what-if input gets the UI’s own message at the control, nothing is sent, no spinner stays', async () => {
    const page = await open('/?tab=land-balance');
    await waitForPanel(page);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/land-balance')) requests.push(r.url());
    });
    await page.getByTestId('lb-slack').fill('5');
    const slackErr = page.getByTestId('lb-slack-error');
    await slackErr.waitFor();
    expect(await slackErr.textContent()).toBe('面积余量须在 0 到 2（0–200%）之间，未重新计算');
    expect(await page.getByTestId('lb-slack').getAttribute('aria-invalid')).toBe('true');

    const en = await open('/?tab=land-balance&lang=en');
    await waitForPanel(en);
    en.on('request', (r) => {
      if (r.url().includes('/api/land-balance')) requests.push(r.url());
    });
    await en.getByTestId('lb-horizon').fill('2017-12-31');
    const hzErr = en.getByTestId('lb-horizon-error');
    await hzErr.waitFor();
    expect(await hzErr.textContent()).toBe(
      'The horizon cannot be before the reference date 2018-03-09; not recalculated',
    );
    await en.getByTestId('lb-whatif').scrollIntoViewIfNeeded();
    await saveScreenshot(en, 'land-balance-bad-input-en');
    // The slider settles after 350 ms; wait past it, then check nothing was asked and nothing spins.
    await en.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 800)));
    expect(requests).toEqual([]);
    expect(await en.getByTestId('land-balance-panel').getAttribute('aria-busy')).toBe('false');
    expect(await en.getByTestId('lb-error').count()).toBe(0);
    // A good value clears the message and recalculates.
    await en.getByTestId('lb-horizon').fill('2019-06-30');
    await hzErr.waitFor({ state: 'detached' });
    await expect.poll(() => requests.some((u) => u.includes('horizon=2019-06-30'))).toBe(true);
    await waitForPanel(en);
  });
});
