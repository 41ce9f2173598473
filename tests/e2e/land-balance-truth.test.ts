/**
 * The land-balance tab tells the truth (zh and en): platform rows say 缺口 or 富余, the zone line gives the
 * gross shortage from the API's `grossShortageMu`, a project placed off its target platform carries the 跨平台
 * badge with its reason, the list filters to cross-platform projects, and an active 筛选 filter is shown at the
 * top with one click to clear. Screenshots of both languages are saved for review.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMu, formatNumber } from '../../domain/format.ts';
import { apiGet, saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

type Balance = {
  shortfall: {
    byPlatform: { platformId: string; shortageMu: number; surplusMu: number }[];
    total: { grossShortageMu: number; grossSurplusMu: number };
  };
};
type Matches = {
  summary: { crossPlatform: number };
  projects: { projectId: string; crossPlatform: boolean }[];
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

describe('land balance tells the truth', () => {
  const open = useBrowser();

  it('labels shortage and surplus, shows the gross total and the cross-platform badge (zh)', async () => {
    const b = await apiGet<Balance>('/api/land-balance');
    const m = await apiGet<Matches>('/api/land-balance/matches');
    const short = b.shortfall.byPlatform.find((r) => r.shortageMu > 0)!;
    const surplus = b.shortfall.byPlatform.find((r) => r.surplusMu > 0)!;
    const cross = m.projects.find((p) => p.crossPlatform)!;
    expect(short && surplus && cross).toBeTruthy();

    const page = await open('/?tab=land-balance');
    await waitForMapIdle(page);
    await waitForPanel(page);
    expect(await page.getByTestId(`lb-row-${short.platformId}`).locator('.lb-gap').textContent()).toBe(
      `缺口 ${formatNumber(short.shortageMu, 'zh-CN', 1)}`,
    );
    expect(await page.getByTestId(`lb-row-${surplus.platformId}`).locator('.lb-gap').textContent()).toMatch(
      /^富余 /,
    );
    expect(await page.getByTestId('lb-gross-shortage').textContent()).toContain(
      formatMu(b.shortfall.total.grossShortageMu, 'zh-CN'),
    );
    expect(await page.getByTestId('lb-net').textContent()).toContain('净差');

    const row = page.getByTestId(`lb-project-${cross.projectId}`);
    expect(await row.getByTestId('lb-cross-badge').textContent()).toBe('跨平台');
    expect(await row.getByTestId('lb-cross-reason').textContent()).toMatch(/目标平台/);
    await saveScreenshot(page, 'land-balance-truth-zh');
    await row.click();
    await page.getByTestId('lb-detail').waitFor();
    await row.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'land-balance-list-zh');

    // Filter the list to cross-platform projects: exactly the API's count remains.
    await page.getByTestId('lb-filter-status').selectOption('cross');
    await expect.poll(() => page.getByTestId('lb-cross-badge').count()).toBe(m.summary.crossPlatform);
    expect(await page.locator('[data-testid^="lb-project-"]').count()).toBe(m.summary.crossPlatform);
    await page.getByTestId('lb-list-clear').click();
    await expect.poll(() => page.locator('[data-testid^="lb-project-"]').count()).toBe(m.projects.length);
  });

  it('shows an active 筛选 filter at the top and clears it in one click; English labels (en)', async () => {
    const page = await open('/?tab=land-balance&lang=en&platform=belt-357');
    await waitForMapIdle(page);
    await waitForPanel(page);
    const bar = page.getByTestId('lb-active-filter');
    await bar.waitFor();
    expect(await bar.textContent()).toContain('Filter on');
    await saveScreenshot(page, 'land-balance-truth-en');
    await page.getByTestId('lb-clear-filter').click();
    await bar.waitFor({ state: 'detached' });
    expect(await page.getByTestId('lb-table').textContent()).toMatch(/Short [\d,.]+/);
  });

  it('keep=1 in the URL keeps every project on its target platform: the box is ticked, no 跨平台 badge', async () => {
    const page = await open('/?tab=land-balance&keep=1&policy=target_first');
    await waitForMapIdle(page);
    await waitForPanel(page);
    expect(await page.getByTestId('lb-keep-target').isChecked()).toBe(true);
    expect(await page.getByTestId('lb-policy').inputValue()).toBe('target_first');
    expect(await page.getByTestId('lb-cross-badge').count()).toBe(0);
  });
});
