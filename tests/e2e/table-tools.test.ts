/**
 * The attribute table, measuring, draw-to-query and print-to-scale in the browser: table ↔ map selection both
 * ways, a known rectangle measured within 0.5 %, a drawn rectangle's count against the API's count for the same
 * polygon, the print link's PDF read with pdftotext, and axe-core (0 serious/critical) with screenshots in zh
 * and en of each new view.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import proj4 from 'proj4';
import { describe, expect, inject, it } from 'vitest';
import { apiGet, saveScreenshot, screenPoint, useBrowser, waitForMapIdle } from './browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** axe-core's serious and critical violations (WCAG 2 A/AA) inside `within`, as `rule: targets` lines. */
async function seriousAxe(page: Page, within: string): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async (selector) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<Result> } }).axe;
    return axe.run(
      { include: [selector] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
  }, within);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// A rectangle laid out in metres in CGCS2000 3° Gauss-Krüger CM 114° E (proj4, ellipsoidal), near 潼湖.
const GK = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const lonLat = (x: number, y: number) => proj4(GK, 'WGS84', [x, y]) as [number, number];
const X0 = 525_000;
const Y0 = 2_545_000;
const RECT = [lonLat(X0, Y0), lonLat(X0 + 1000, Y0), lonLat(X0 + 1000, Y0 + 500), lonLat(X0, Y0 + 500)];
const RECT_CENTRE = lonLat(X0 + 500, Y0 + 250);

/** Centres the map on the rectangle at `zoom` (15.5: 1 px ≈ 1.5 m, the rectangle ≈ 650 × 320 px). */
async function frameRect(page: Page, zoom: number, shift: [number, number] = [0, 0]) {
  // `shift` moves the rectangle down-right (px) so the tool panel at the top left does not cover a corner.
  await page.evaluate(
    ([c, z, d]) => {
      window.__zkMap!.jumpTo({ center: c, zoom: z });
      window.__zkMap!.panBy([-d[0], -d[1]], { duration: 0 });
    },
    [RECT_CENTRE, zoom, shift] as const,
  );
  await waitForMapIdle(page);
}

type TablePage = { total: number; rows: { id: string; code: string }[] };

const areaOf = (ring: [number, number][]) =>
  ring.map(([x, y]) => `${x.toFixed(6)},${y.toFixed(6)}`).join(';');

/** Chooses a map tool and waits until its drawing session takes input (terra-draw and the maths load lazily). */
async function chooseTool(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page.locator('[data-testid="map-tools-panel"][data-ready="true"]').waitFor();
}

async function clickAt(page: Page, p: [number, number]) {
  const pt = await screenPoint(page, p);
  await page.mouse.move(pt.x, pt.y);
  await page.mouse.click(pt.x, pt.y);
}

describe('attribute table, measure, query and print', () => {
  const open = useBrowser();

  it('table ↔ map: a row click selects and flies to the parcel; a map click scrolls to and marks its row', async () => {
    const api = await apiGet<TablePage>('/api/parcel-table?state=ready&limit=1000');
    expect(api.total).toBeGreaterThan(5);
    const page = await open('/?state=ready&tbl=1');
    await waitForMapIdle(page);
    const totals = page.getByTestId('table-totals');
    await expect.poll(() => totals.textContent()).toContain(`${api.total} 块`);

    // Row → map: the third row by code.
    const third = api.rows[2]!;
    await page.getByTestId(`table-row-${third.id}`).click();
    await expect.poll(() => page.url()).toContain(`sel=${third.id}`);
    await waitForMapIdle(page);
    const state = await page.evaluate(
      (id) => window.__zkMap!.getFeatureState({ source: 'parcels', sourceLayer: 'parcels', id }),
      third.id,
    );
    expect(state.selected).toBe(true);
    const detail = await apiGet<{ geometry: { coordinates: number[][][] } }>(`/api/parcels/${third.id}`);
    const ring = detail.geometry.coordinates[0]!;
    const lons = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    const inView = await page.evaluate(([lon, lat]) => window.__zkMap!.getBounds().contains([lon, lat]), [
      (Math.min(...lons) + Math.max(...lons)) / 2,
      (Math.min(...lats) + Math.max(...lats)) / 2,
    ] as [number, number]);
    expect(inView).toBe(true);

    // Map → row: the last ready parcel by code, clicked on the map, far below the visible rows.
    const last = api.rows[api.rows.length - 1]!;
    const g = await apiGet<{ geometry: { coordinates: number[][][] } }>(`/api/parcels/${last.id}`);
    const r = g.geometry.coordinates[0]!;
    const centre: [number, number] = [
      r.slice(0, -1).reduce((s, p) => s + p[0]!, 0) / (r.length - 1),
      r.slice(0, -1).reduce((s, p) => s + p[1]!, 0) / (r.length - 1),
    ];
    await page.evaluate(([lon, lat]) => window.__zkMap!.jumpTo({ center: [lon, lat], zoom: 16 }), centre);
    await waitForMapIdle(page);
    await clickAt(page, centre);
    await expect.poll(() => page.url()).toContain(`sel=${last.id}`);
    const row = page.getByTestId(`table-row-${last.id}`);
    await row.waitFor();
    expect(await row.getAttribute('aria-selected')).toBe('true');
    expect(await row.isVisible()).toBe(true);
  });

  it('measures a 1,000 × 500 m rectangle as 500,000 ㎡ within 0.5 % and its 1,000 m side', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await frameRect(page, 15.5);
    await chooseTool(page, 'tool-measure-area');
    for (const p of RECT) await clickAt(page, p);
    await clickAt(page, RECT[0]!);
    const result = page.getByTestId('measure-result');
    await page.locator('[data-testid="measure-result"][data-done="true"]').waitFor();
    expect(await result.textContent()).toMatch(/面积 [\d,]+ ㎡/);
    const m2 = Number(/面积 ([\d,]+) ㎡/.exec((await result.textContent()) ?? '')![1]!.replaceAll(',', ''));
    expect(Math.abs(m2 - 500_000) / 500_000).toBeLessThan(0.005);

    await chooseTool(page, 'tool-measure-line');
    await clickAt(page, RECT[0]!);
    await clickAt(page, RECT[1]!);
    await clickAt(page, RECT[1]!);
    await page.locator('[data-testid="measure-result"][data-done="true"]').waitFor();
    const [, value, unit] = /长度 ([\d.,]+) (k?m)/.exec((await result.textContent()) ?? '')!;
    const metres = Number(value!.replaceAll(',', '')) * (unit === 'km' ? 1000 : 1);
    expect(Math.abs(metres - 1000) / 1000).toBeLessThan(0.005);
  });

  it('a drawn rectangle selects as many parcels as the API counts for the same polygon; the table lists them', async () => {
    const page = await open('/?v=114.235,22.985,13.5');
    await waitForMapIdle(page);
    await chooseTool(page, 'tool-query-rectangle');
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const a = { x: box!.x + box!.width * 0.35, y: box!.y + box!.height * 0.35 };
    const b = { x: box!.x + box!.width * 0.65, y: box!.y + box!.height * 0.65 };
    await page.mouse.click(a.x, a.y);
    await page.mouse.move(b.x, b.y);
    await page.mouse.click(b.x, b.y);
    const count = page.getByTestId('query-count');
    await expect.poll(() => count.getAttribute('data-count')).toMatch(/^\d+$/);
    const shown = Number(await count.getAttribute('data-count'));
    const corners = await page.evaluate(
      ([p, q]) => {
        const el = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
        const m = window.__zkMap!;
        const u = (x: number, y: number) => m.unproject([x - el.left, y - el.top]).toArray();
        return [u(p!.x, p!.y), u(q!.x, p!.y), u(q!.x, q!.y), u(p!.x, q!.y)];
      },
      [a, b],
    );
    const api = await apiGet<TablePage>(
      `/api/parcel-table?limit=1&area=${encodeURIComponent(areaOf(corners as [number, number][]))}`,
    );
    expect(api.total).toBeGreaterThan(0);
    expect(shown).toBe(api.total);
    await expect.poll(() => page.getByTestId('table-totals').textContent()).toContain(`${api.total} 块`);
    // The export link carries the same area.
    const href = await page.getByTestId('table-export-csv').getAttribute('href');
    expect(href).toContain('area=');
  });

  it('the print dialog’s PDF is at the chosen scale, with legend and scale text (pdftotext)', async () => {
    const page = await open('/?v=114.25,23.0,14');
    await waitForMapIdle(page);
    await page.getByTestId('print-open').click();
    await page.getByTestId('print-scale').selectOption('5000');
    await page.getByTestId('print-title').fill('S357 沿线');
    await expect.poll(() => page.getByTestId('print-extent').textContent()).toContain('1.39 km × 730 m');
    const href = (await page.getByTestId('print-download').getAttribute('href'))!;
    const res = await fetch(`${inject('baseUrl')}${href}`);
    expect(res.status).toBe(200);
    const text = execFileSync('pdftotext', ['-', '-'], {
      input: Buffer.from(await res.arrayBuffer()),
    }).toString();
    for (const s of ['S357 沿线', '图例', '比例尺 1:5,000', '200 m', '数据版本']) expect(text).toContain(s);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`screenshots and axe-core of the table, tools and print dialog (${lang})`, async () => {
      const page = await open(`/?state=ready${lang === 'en' ? '&lang=en' : ''}`);
      await waitForMapIdle(page);
      await frameRect(page, 15, [120, 140]);
      await chooseTool(page, 'tool-measure-area');
      for (const p of RECT) await clickAt(page, p);
      await clickAt(page, RECT[0]!);
      await page.locator('[data-testid="measure-result"][data-done="true"]').waitFor();
      await page.getByTestId('table-toggle').click();
      await page.getByTestId('table-totals').filter({ hasText: /\d/ }).waitFor();
      await page.locator('[data-testid^="table-row-"]').first().waitFor();
      await saveScreenshot(page, `table-tools-${lang}`);
      expect(await seriousAxe(page, '[data-testid="attribute-table"]')).toEqual([]);
      expect(await seriousAxe(page, '.map-toolbar')).toEqual([]);
      await page.getByTestId('tool-stop').click();
      await page.getByTestId('print-open').click();
      await page.getByTestId('print-dialog').waitFor();
      await saveScreenshot(page, `print-dialog-${lang}`);
      expect(await seriousAxe(page, '[data-testid="print-dialog"]')).toEqual([]);
    });
  }
});
