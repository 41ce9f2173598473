import { describe, expect, it } from 'vitest';
import { useBrowser, waitForMapIdle } from './browser.ts';

describe('language', () => {
  const open = useBrowser();

  it('switches every label, unit and map label between Chinese and English', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    expect(await page.getByTestId('app-title').textContent()).toBe('仲恺土地与产业平台地图');
    expect(await page.getByTestId('tab-filters').textContent()).toBe('筛选');
    expect(await page.getByTestId('result-count').textContent()).toMatch(/^[\d,]+ 个地块，合计 [\d,.]+ 亩$/);

    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('app-title').textContent()).toBe('Zhongkai Land & Platform Map');
    expect(await page.getByTestId('tab-filters').textContent()).toBe('Filters');
    await page.getByTestId('tab-filters').click();
    expect(await page.getByTestId('filter-state-ready').textContent()).toBe('Ready (serviced)');
    expect(await page.getByTestId('result-count').textContent()).toMatch(
      /^[\d,]+ parcels, [\d,.]+ mu in total$/,
    );
    await expect.poll(() => page.url()).toContain('lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // Map labels follow: the towns layer now draws English names.
    await waitForMapIdle(page);
    const field = await page.evaluate(() =>
      JSON.stringify(window.__zkMap!.getLayoutProperty('towns-label', 'text-field')),
    );
    expect(field).toContain('nameEn');

    // The details panel too.
    await page.getByTestId('search-input').fill('佰维');
    await page.getByTestId('search-result').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('parcel-panel').waitFor();
    expect(await page.getByTestId('parcel-area').textContent()).toMatch(/^[\d,]+ m² \([\d,.]+ mu\)$/);
    // 佰维's parcel lies in 陈江, named in pinyin from the towns layer.
    expect(await page.getByTestId('parcel-town').textContent()).toBe('Chenjiang');

    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('app-title').textContent()).toBe('仲恺土地与产业平台地图');
    expect(await page.getByTestId('parcel-area').textContent()).toMatch(/^[\d,]+ ㎡（[\d,.]+ 亩）$/);
    expect(await page.getByTestId('parcel-town').textContent()).toBe('陈江');
  });

  it('in English, 三旧 only ever appears glossed as "Redevelopment (三旧)" on the overview, layers and legend', async () => {
    const page = await open('/?lang=en');
    await waitForMapIdle(page);
    const bare: Record<string, string[]> = {};
    for (const tab of ['overview', 'layers', 'legend']) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.getByTestId('left-panel').locator('[role="tabpanel"] *').first().waitFor();
      if (tab === 'overview') await page.getByTestId('dashboard').waitFor();
      const text = (await page.getByTestId('left-panel').innerText()).replace(/\s+/g, ' ');
      const hits = [...text.matchAll(/.{0,30}三旧.{0,30}/g)].map((m) => m[0]);
      bare[tab] = hits.filter((h) => !/Redevelopment \(三旧\)/.test(h));
    }
    expect(bare).toEqual({ overview: [], layers: [], legend: [] });
  });
});
