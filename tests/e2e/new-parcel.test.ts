/**
 * 新增地块 on the map (issue 13): an editor draws a rectangle with terra-draw in an empty spot of the sample inside
 * a platform, sees the form with the platform preselected, the code the server proposes and the geodesic area
 * (㎡ and 亩), saves, and the parcel panel shows the new code and area. Writes go to a private server over its own
 * database seeded from geodata/. The empty spot is found by asking the API (GET /api/parcels?bbox= answers no
 * parcel there; turf says the platform contains it), never guessed. Oracle of the area: the exact area of a lon/lat
 * quadrangle on the GRS80 ellipsoid, a²/2 · Δλ · (q(φ₂) − q(φ₁)) (q the authalic function), independent of turf.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { booleanContains, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { createAccount, signInContext } from './accounts.ts';
import { ARTIFACTS, useBrowser, waitForMapIdle } from './browser.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-new-parcel-'));
  const dbPath = join(dir, 'new-parcel.sqlite');
  server = await startServer({ port: 0, dbPath, geodataDir: GEODATA, staticDir: inject('staticDir') });
  await createAccount(dbPath, { login: 'zhang', role: 'editor', displayName: '招商局 张工' });
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${server.url}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
};

/** GRS80 area (㎡) of the lon/lat quadrangle w–e × s–n (see the module doc). */
function quadrangleM2(w: number, s: number, e: number, n: number): number {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const ec = Math.sqrt(e2);
  const q = (deg: number) => {
    const x = Math.sin((deg * Math.PI) / 180);
    return (1 - e2) * (x / (1 - e2 * x * x) - (1 / (2 * ec)) * Math.log((1 - ec * x) / (1 + ec * x)));
  };
  return ((a * a) / 2) * (((e - w) * Math.PI) / 180) * (q(n) - q(s));
}

/** Side of the drawn square, degrees (≈ 100 m). */
const SIDE = 0.001;

/** A square of SIDE inside a platform with no parcel within a margin of SIDE around it (asked of the API). */
async function emptySpot(): Promise<{ square: [number, number, number, number]; platformId: string }> {
  const { items } = await get<{
    items: { id: string; bbox: number[]; geometry: Polygon | MultiPolygon }[];
  }>('/api/platforms');
  for (const p of items) {
    const [w, s, e, n] = p.bbox as [number, number, number, number];
    for (let x = w + SIDE; x + 2 * SIDE < e; x += 3 * SIDE) {
      for (let y = s + SIDE; y + 2 * SIDE < n; y += 3 * SIDE) {
        const sq: [number, number, number, number] = [x, y, x + SIDE, y + SIDE];
        const ring = [
          [sq[0], sq[1]],
          [sq[2], sq[1]],
          [sq[2], sq[3]],
          [sq[0], sq[3]],
          [sq[0], sq[1]],
        ];
        if (!booleanContains(p.geometry, polygon([ring]))) continue;
        const box = [x - SIDE, y - SIDE, x + 2 * SIDE, y + 2 * SIDE].map((v) => v.toFixed(6)).join(',');
        const near = await get<{ total: number }>(`/api/parcels?bbox=${box}&limit=1`);
        if (near.total === 0) return { square: sq, platformId: p.id };
      }
    }
  }
  throw new Error('no empty spot inside a platform of the sample');
}

/** Pixel positions of lon/lat points on the page, from the map's own projection. */
const toPixels = (page: Page, pts: [number, number][]) =>
  page.evaluate((ps) => {
    const m = window.__zkMap!;
    const r = m.getCanvas().getBoundingClientRect();
    return ps.map((p) => {
      const q = m.project(p);
      return { x: r.left + q.x, y: r.top + q.y };
    });
  }, pts);

/** Clicks the corners on the map canvas, then the first one again to close the polygon (terra-draw). */
async function drawPolygon(page: Page, corners: [number, number][]): Promise<void> {
  const px = await toPixels(page, corners);
  for (const p of px) {
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p);
    expect(hit).toBe('CANVAS');
  }
  for (const p of [...px, px[0]!]) {
    await page.mouse.move(p.x, p.y, { steps: 4 });
    await page.mouse.click(p.x, p.y);
  }
}

describe('新增地块: draw a parcel and save it', () => {
  const open = useBrowser();

  it.each([
    ['zh-CN', /([\d,]+) ㎡（([\d.]+) 亩）/],
    ['en', /([\d,]+) m² \(([\d.]+) mu\)/],
  ] as const)(
    'draws a square in an empty spot, previews code and area, saves, the panel shows them (%s)',
    async (lang, areaRe) => {
      const { square, platformId } = await emptySpot();
      const [w, s, e, n] = square;
      const oracle = quadrangleM2(w, s, e, n);
      // A small square right of the map's centre, clear of the form that opens over the map's left side.
      const zoom = Math.log2((60 * 360) / (512 * SIDE)).toFixed(2);
      const view = `${((w + e) / 2 - 0.35 * SIDE).toFixed(6)},${((s + n) / 2).toFixed(6)},${zoom}`;
      const page = await open(`/?lang=${lang}&v=${view}`, {
        baseUrl: server.url,
        setup: (c) => signInContext(c, server.url, 'zhang'),
      });
      await waitForMapIdle(page);
      await page.getByTestId('new-parcel-start').click();
      await page.locator('[data-testid="map"][data-draw-ready="true"]').waitFor({ timeout: 30_000 });
      await drawPolygon(page, [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
      ]);
      const area = page.getByTestId('new-parcel-area');
      await page
        .locator('[data-testid="new-parcel-area"], [data-testid="new-parcel-error"]')
        .first()
        .waitFor({ timeout: 30_000 });
      expect(
        await page.getByTestId('new-parcel-error').count(),
        (await page.getByTestId('new-parcel-panel').textContent()) ?? '',
      ).toBe(0);
      expect(await page.getByTestId('new-parcel-platform').inputValue()).toBe(platformId);
      const code = await page.getByTestId('new-parcel-code').inputValue();
      expect(code).toMatch(/^[A-Z]{2}-[A-Z0-9]+-\d{3,}$/);
      const previewM2 = Number(await area.getAttribute('data-area-m2'));
      expect(Math.abs(previewM2 - oracle) / oracle).toBeLessThan(0.005);
      // The date defaults to the app's reference date (the data's as-of day), as a split's does.
      const config = await get<{ referenceDate: string | null }>('/api/config');
      const date = await page.getByTestId('new-parcel-date').inputValue();
      if (config.referenceDate) expect(date).toBe(config.referenceDate);
      await page.screenshot({ path: `${ARTIFACTS}/newparcel-form-${lang}.png` });
      await page.getByTestId('new-parcel-save').click();
      await page.getByTestId('parcel-panel').waitFor({ timeout: 30_000 });
      await page.locator('.details-title', { hasText: code }).waitFor({ timeout: 30_000 });
      const text = (await page.getByTestId('parcel-area').textContent()) ?? '';
      const m = areaRe.exec(text);
      expect(m, text).not.toBeNull();
      const m2 = Number(m![1]!.replace(/,/g, ''));
      const mu = Number(m![2]);
      expect(Math.abs(m2 - oracle) / oracle).toBeLessThan(0.005);
      expect(Math.abs(mu - (oracle * 15) / 10000)).toBeLessThan(0.1);
      // The API has it where it was drawn.
      const box = [w, s, e, n].join(',');
      const hits = await get<{ features: { id: string; properties: { code: string } }[] }>(
        `/api/parcels?bbox=${box}`,
      );
      expect(hits.features.map((f) => f.properties.code)).toEqual([code]);
      const saved = await get<{ events: { from: string | null; date: string }[] }>(
        `/api/parcels/${hits.features[0]!.id}`,
      );
      expect(saved.events.map((ev) => [ev.from, ev.date])).toEqual([[null, date]]);
    },
  );
});
