import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, useBrowser } from './browser.ts';

type ParcelList = { features: { id: string; properties: { code: string } }[]; total: number };

/** Clicks `testId` and returns the download it starts, with its bytes. */
async function download(page: Page, testId: string): Promise<{ dl: Download; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await dl.path();
  return { dl, bytes: readFileSync(path) };
}

describe('exports and reports in the browser', () => {
  const open = useBrowser();

  it('the export menu downloads the filtered parcels as XLSX, CSV, GeoJSON and KML', async () => {
    const page = await open('/?platform=belt-357&state=ready,listed');
    const count = page.getByTestId('result-count');
    await count.waitFor();
    const want = await apiGet<ParcelList>('/api/parcels?platform=belt-357&state=ready,listed');
    await expect.poll(() => count.getAttribute('data-count')).toBe(String(want.total));

    await page.getByTestId('export-menu-button').click();
    const name = (ext: string) => `仲恺地块_357创新产业带_净地可供+挂牌_2018-03-09.${ext}`;

    const xlsx = await download(page, 'export-xlsx');
    expect(xlsx.dl.suggestedFilename()).toBe(name('xlsx'));
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip container

    const csv = await download(page, 'export-csv');
    expect(csv.dl.suggestedFilename()).toBe(name('csv'));
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + want.total);

    const geo = await download(page, 'export-geojson');
    expect(geo.dl.suggestedFilename()).toBe(name('geojson'));
    const fc = JSON.parse(geo.bytes.toString('utf8')) as ParcelList;
    expect(fc.features.map((f) => f.id)).toEqual(want.features.map((f) => f.id));

    const kml = await download(page, 'export-kml');
    expect(kml.dl.suggestedFilename()).toBe(name('kml'));
    const text = kml.bytes.toString('utf8');
    expect(text).toContain('<kml xmlns="http://www.opengis.net/kml/2.2">');
    for (const f of want.features) expect(text).toContain(`<name>${f.properties.code}</name>`);
  });

  it('导出地块报告 downloads the dossier PDF of the selected parcel', async () => {
    const parcel = await apiGet<{ id: string; code: string }>('/api/parcels/p-0001');
    const page = await open(`/?sel=${parcel.id}`);
    await page.getByTestId('parcel-panel').waitFor();
    const link = page.getByTestId('export-parcel-pdf');
    expect(await link.textContent()).toBe('导出地块报告');
    const { dl, bytes } = await download(page, 'export-parcel-pdf');
    expect(dl.suggestedFilename()).toBe(`地块报告_${parcel.code}_2018-03-09.pdf`);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('导出平台报告 downloads the platform report PDF', async () => {
    const page = await open('/?pv=belt-357');
    await page.getByTestId('platform-view').waitFor();
    expect(await page.getByTestId('export-platform-pdf').textContent()).toBe('导出平台报告');
    const { dl, bytes } = await download(page, 'export-platform-pdf');
    expect(dl.suggestedFilename()).toBe('平台报告_357创新产业带_2018-03-09.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
