/**
 * The land balance (用地缺口) in Chromium: a planner opens the tab and reads the 357 belt's shortfall in 亩,
 * clicks a project without a site and reads why, clicks a matched one and sees its site drawn on the map, and
 * changes the size slack, which recomputes the matching.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

type Matches = {
  options: { slack: number };
  summary: { matched: number; unmatched: number };
  projects: {
    projectId: string;
    name: string;
    origin: string;
    status: 'matched' | 'unmatched';
    reason: { code: string; zh: string; en: string } | null;
    assignment: { parcelIds: string[]; parcelCodes: string[] } | null;
  }[];
  candidates: Record<string, { parcelIds: string[] }[]>;
};

const panelNumber = async (page: Page, attr: string) =>
  Number(await page.getByTestId('land-balance-panel').getAttribute(attr));

/** Ids of the features drawn in one of the land-balance layers (what the user sees, not the DOM). */
const drawnIds = (page: Page, layer: string) =>
  page.evaluate(
    (id) => [
      ...new Set(window.__zkMap!.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.id))),
    ],
    layer,
  );

/** Waits until the panel has its matching for the current options and nothing is loading. */
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

describe('land balance panel', () => {
  const open = useBrowser();

  it('shows the belt shortfall, explains unmatched projects and draws a matched one’s site', async () => {
    const api = await apiGet<Matches>('/api/land-balance/matches');
    const unmatched = api.projects.find(
      (p) => p.status === 'unmatched' && p.origin === 'shenzhen' && p.reason?.code !== 'floor_space_only',
    );
    // A merged site with other candidates to draw beside it (parcels outside its assignment).
    const matched = api.projects.find(
      (p) =>
        p.status === 'matched' &&
        (p.assignment?.parcelIds.length ?? 0) > 1 &&
        (api.candidates[p.projectId] ?? []).some((c) =>
          c.parcelIds.some((id) => !p.assignment?.parcelIds.includes(id)),
        ),
    );
    if (!unmatched?.reason || !matched?.assignment)
      throw new Error('sample lacks an unmatched or matched project');

    const page = await open('/?tab=land-balance');
    await waitForMapIdle(page);
    await waitForPanel(page);
    expect(await panelNumber(page, 'data-matched')).toBe(api.summary.matched);

    // The 357 belt row: demand above supply, the shortfall in red and positive.
    const belt = page.getByTestId('lb-row-belt-357');
    expect(await belt.getAttribute('class')).toBe('short');
    const gapText = (await belt.locator('.lb-gap').textContent()) ?? '';
    expect(gapText).toMatch(/^缺口 [\d,.]+$/);
    expect(Number(gapText.slice(3).replaceAll(',', ''))).toBeGreaterThan(0);
    expect(await page.getByTestId('lb-table').textContent()).toContain('缺口 / 富余（亩）');
    expect(await page.getByTestId('lb-pipeline-heading').textContent()).toContain(
      '招商项目（在谈·过会·签约）',
    );
    // The charts are drawn after the map's first idle, once their chunk has loaded: wait until it says so.
    await page.locator('[data-testid="chart-land-balance"][data-rendered="true"]').waitFor();
    expect(await page.getByTestId('chart-land-balance').locator('svg').count()).toBe(1);

    // An unmatched project: its reason, in Chinese, appears under it.
    await page.getByTestId(`lb-project-${unmatched.projectId}`).click();
    const reason = page.getByTestId('lb-reason');
    await reason.waitFor();
    expect(await reason.textContent()).toBe(unmatched.reason.zh);
    expect(await page.getByTestId(`lb-project-${unmatched.projectId}`).getAttribute('data-status')).toBe(
      'unmatched',
    );

    // A matched project: its assigned parcels are drawn in the assigned layer, candidates ranked in the list.
    await page.getByTestId(`lb-project-${matched.projectId}`).click();
    await page.getByTestId('lb-assigned').waitFor();
    for (const code of matched.assignment.parcelCodes) {
      expect(await page.getByTestId('lb-assigned').textContent()).toContain(code);
    }
    await expect
      .poll(
        async () => {
          await waitForMapIdle(page);
          return (await drawnIds(page, 'lb-assigned-fill')).sort();
        },
        { timeout: 30_000, interval: 200 },
      )
      .toEqual([...matched.assignment.parcelIds].sort());
    expect((await drawnIds(page, 'lb-candidates-fill')).length).toBeGreaterThan(0);
    const ranks = await page.getByTestId('lb-candidate').locator('.lb-rank').allTextContents();
    expect(ranks[0]).toBe('第 1');
    expect(page.url()).toContain(`lbp=${matched.projectId}`);
    await page.mouse.move(5, 5);
    await saveScreenshot(page, 'land-balance-project');
    // The overall picture: table and chart at the top of the panel, the selection still on the map.
    await page.getByTestId('land-balance-panel').evaluate((el) => el.closest('.tab-body')?.scrollTo(0, 0));
    await waitForMapIdle(page);
    await saveScreenshot(page, 'land-balance');
  });

  it('fits the per-platform table in the panel in English, with ASCII brackets', async () => {
    const page = await open('/?tab=land-balance&lang=en');
    await waitForMapIdle(page);
    await waitForPanel(page);
    const table = page.getByTestId('lb-table');
    const head = (await table.locator('thead').textContent()) ?? '';
    expect(head).toContain('Short / surplus (mu)');
    expect(head).not.toMatch(/[（）]/);
    // No column cut off: the table is no wider than the panel that holds it.
    const { tableWidth, panelWidth } = await table.evaluate((el) => ({
      tableWidth: el.getBoundingClientRect().width,
      panelWidth: el.closest('.land-balance')!.getBoundingClientRect().width,
    }));
    expect(tableWidth).toBeLessThanOrEqual(panelWidth);
    expect(await page.getByTestId('lb-pipeline-heading').textContent()).toContain('Pipeline projects');
    await page.mouse.move(5, 5);
    await saveScreenshot(page, 'land-balance-en');
  });

  it('recomputes the matching when the size slack changes, and keeps it in the URL', async () => {
    const page = await open('/?tab=land-balance');
    await waitForMapIdle(page);
    await waitForPanel(page);
    const before = await panelNumber(page, 'data-matched');
    expect(before).toBeGreaterThan(0);

    const response = page.waitForResponse((r) => {
      const u = new URL(r.url());
      return u.pathname === '/api/land-balance/matches' && u.searchParams.get('slack') === '0';
    });
    await page.getByTestId('lb-slack').fill('0');
    expect((await response).status()).toBe(200);
    await waitForPanel(page);
    // Without slack a site must measure exactly the demand, so (far) fewer projects find one.
    await expect.poll(() => panelNumber(page, 'data-matched')).toBeLessThan(before);
    await expect.poll(() => page.url()).toContain('slack=0');

    const reserve = page.waitForResponse((r) => {
      const u = new URL(r.url());
      return u.pathname === '/api/land-balance' && u.searchParams.get('includeReserve') === 'true';
    });
    const totalBefore = await page.getByTestId('lb-row-total').locator('td').first().textContent();
    await page.getByTestId('lb-include-reserve').check();
    expect((await reserve).status()).toBe(200);
    await expect
      .poll(() => page.getByTestId('lb-row-total').locator('td').first().textContent())
      .not.toBe(totalBefore);
    await expect.poll(() => page.url()).toContain('reserve=1');
  });
});
