/**
 * The overview (概览) and the idle-land clock in Chromium: a leader reads the 357 belt card, clicks a chart bar
 * and the map filters to those parcels; a land officer sees the parcels at idle risk marked on the map; the
 * reference date in the header moves the clock.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/dates.ts';
import { apiGet, saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

const count = async (page: Page) => Number(await page.getByTestId('result-count').getAttribute('data-count'));

/**
 * Page pixel of the middle of one segment of a horizontal stacked bar chart, from the chart's own scales and the
 * chart box read in the same task (so a scroll or a panel-width change in between cannot skew it), once the chart
 * has drawn its current option at its current size.
 */
async function barSegmentPoint(page: Page, chartId: string, seriesName: string, category: string) {
  const el = page.getByTestId(`chart-${chartId}`);
  await el.scrollIntoViewIfNeeded();
  await page.locator(`[data-testid="chart-${chartId}"][data-rendered="true"]`).waitFor();
  const p = await page.evaluate(
    ([id, name, cat]) => {
      const chart = window.__zkCharts?.[id];
      if (!chart) throw new Error(`no chart ${id}`);
      const opt = chart.getOption() as {
        yAxis: { data: string[] }[];
        series: { name: string; data: number[] }[];
      };
      const ci = opt.yAxis[0]?.data.indexOf(cat) ?? -1;
      const si = opt.series.findIndex((s) => s.name === name);
      if (ci < 0 || si < 0) throw new Error(`no segment ${name} × ${cat}`);
      const before = opt.series.slice(0, si).reduce((a, x) => a + (x.data[ci] ?? 0), 0);
      const mid = before + (opt.series[si]?.data[ci] ?? 0) / 2;
      const [x, y] = chart.convertToPixel({ seriesIndex: si }, [mid, ci]);
      const box = chart.getDom().getBoundingClientRect();
      return x == null || y == null ? null : { x: box.x + x, y: box.y + y };
    },
    [chartId, seriesName, category] as const,
  );
  if (!p) throw new Error(`${chartId}: no pixel for ${seriesName} × ${category}`);
  return p;
}

/**
 * Clicks one segment of a stacked bar chart as a user would: point at it, wait until the tooltip names that
 * segment (the pointer is on it, whatever the layout did meanwhile), then click.
 */
async function clickBarSegment(page: Page, chartId: string, seriesName: string, category: string) {
  const el = page.getByTestId(`chart-${chartId}`);
  await expect
    .poll(async () => {
      const pt = await barSegmentPoint(page, chartId, seriesName, category);
      await page.mouse.move(pt.x, pt.y);
      // biome-ignore lint/performance/useDomNodeTextContent: only the visible tooltip counts, not a hidden one.
      return el.evaluate((d) => (d as HTMLElement).innerText);
    })
    .toContain(`${category} · ${seriesName}`);
  const pt = await barSegmentPoint(page, chartId, seriesName, category);
  await page.mouse.click(pt.x, pt.y);
}

/** Category labels of a horizontal bar chart's y axis, as drawn. */
const chartCategories = (page: Page, id: string) =>
  page.evaluate((chartId) => {
    const opt = window.__zkCharts?.[chartId]?.getOption() as { yAxis?: { data?: string[] }[] } | undefined;
    return opt?.yAxis?.[0]?.data ?? [];
  }, id);

describe('overview and idle-land clock', () => {
  const open = useBrowser();

  it('shows the 357 belt card and filters the map from a chart bar', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const all = await count(page);
    // Opening the app shows the overview (the default tab) with no click.
    expect(await page.getByTestId('tab-overview').getAttribute('aria-selected')).toBe('true');
    const card = page.getByTestId('platform-card-belt-357');
    await card.waitFor();
    // The article's figures: 20 signed projects, 156亿元; 11 with land, 39亿元.
    const signed = await card.getByTestId('platform-signed').textContent();
    expect(signed).toContain('20 个');
    expect(signed).toContain('156.00 亿元');
    const landed = await card.getByTestId('platform-with-land').textContent();
    expect(landed).toContain('11 个');
    expect(landed).toContain('39.00 亿元');
    // Every target of the article has a card, each with how it is computed.
    for (const id of [
      't-zone-2018-enterprises',
      't-zone-2018-investment',
      't-zone-2018-shenzhen-visits',
      't-belt-2020-output',
      't-zichuang-2018-redevelopment',
      't-zichuang-2018-tech-upgrade',
    ]) {
      await expect
        .poll(() => page.getByTestId(`target-card-${id}`).locator('details summary').count())
        .toBe(1);
    }
    expect(await page.getByTestId('target-card-t-zichuang-2018-redevelopment').textContent()).toContain(
      '130,000 ㎡',
    );
    await waitForMapIdle(page);
    await saveScreenshot(page, 'dashboard-overview');

    // Click the 357 belt's 净地可供 (ready) segment of the land chart: the map filters to those parcels.
    const expected = (await apiGet<{ total: number }>('/api/parcels?platform=belt-357&state=ready&limit=1'))
      .total;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all);
    await clickBarSegment(page, 'land-by-state', '净地可供', '357创新产业带');
    await expect.poll(() => page.url()).toContain('platform=belt-357');
    expect(page.url()).toContain('state=ready');
    await expect.poll(() => count(page)).toBe(expected);
    await waitForMapIdle(page);
    const states = await page.evaluate(() => [
      ...new Set(
        window
          .__zkMap!.queryRenderedFeatures({ layers: ['parcels-fill'] })
          .map((f) => `${f.properties.platformId}/${f.properties.state}`),
      ),
    ]);
    expect(states).toEqual(['belt-357/ready']);
    // The land chart keeps every platform (issue 17: the next platform's bar must stay clickable), and 概览 says
    // the map is filtered, with one click to clear it.
    const platformsDrawn = await chartCategories(page, 'land-by-state');
    expect(platformsDrawn.length).toBeGreaterThan(1);
    expect(platformsDrawn).toContain('中韩（惠州）产业园');
    expect(await page.getByTestId('overview-filter-chip').textContent()).toContain(
      '357创新产业带 · 净地可供',
    );
    await saveScreenshot(page, 'dashboard-chart-filter');
    // A second bar, on another platform, replaces the filter.
    const korea = (await apiGet<{ total: number }>('/api/parcels?platform=sino-korea&state=planned&limit=1'))
      .total;
    await clickBarSegment(page, 'land-by-state', '规划', '中韩（惠州）产业园');
    await expect.poll(() => page.url()).toContain('platform=sino-korea');
    await expect.poll(() => count(page)).toBe(korea);
    await page.getByTestId('overview-filter-clear').click();
    await expect.poll(() => count(page)).toBe(all);
    expect(await page.getByTestId('overview-filter-chip').count()).toBe(0);
  });

  it('lists parcels at idle risk, marks them on the map and follows the reference date', async () => {
    const asOf = '2018-03-09';
    const api = await apiGet<{ total: number; items: { parcelId: string; status: string }[] }>(
      `/api/idle-land?refDate=${asOf}`,
    );
    expect(api.total).toBeGreaterThan(0);
    const page = await open('/?tab=idle');
    await waitForMapIdle(page);
    const list = page.getByTestId('idle-land');
    await list.waitFor();
    expect(await list.getAttribute('data-ref-date')).toBe(asOf);
    expect(await page.getByTestId('ref-date').inputValue()).toBe(asOf);
    const rows = page.locator('[data-testid^="idle-row-"]');
    await expect.poll(() => rows.count()).toBe(api.total);
    // Most urgent first, exactly as the API orders them.
    expect(await rows.first().getAttribute('data-testid')).toBe(`idle-row-${api.items[0]?.parcelId}`);
    expect(await rows.first().textContent()).toMatch(/逾期 [\d,]+ 天/);
    // The idle layer's data arrives on its own request: wait for it to be drawn rather than read once.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Set(
              window
                .__zkMap!.queryRenderedFeatures({ layers: ['dash-idle-line'] })
                .map((f) => f.properties.id),
            ).size,
        ),
      )
      .toBeGreaterThan(0);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'dashboard-idle');

    // A later reference date: the list follows the API for that date, and the URL keeps it.
    const later = addDays(asOf, 365);
    const apiLater = await apiGet<{ total: number }>(`/api/idle-land?refDate=${later}`);
    await page.getByTestId('ref-date').fill(later);
    await expect.poll(() => list.getAttribute('data-ref-date')).toBe(later);
    await expect.poll(() => rows.count()).toBe(apiLater.total);
    await expect.poll(() => page.url()).toContain(`ref=${later}`);
  });
});
