/**
 * 编辑边界 on the map (issue 13, item 3: move vertices of a parcel with terra-draw): an editor opens a parcel, starts
 * the tool, drags one corner with the mouse on the map canvas toward the parcel's centre, sees the new area, saves
 * (If-Match of the version shown), and after a reload the parcel has the new outline and area. In English, the
 * same drag then 取消/Cancel writes nothing. Writes go to a private server over its own database seeded from
 * geodata/. Oracle of the new area: turf's geodesic area of the outline with that corner at the point the mouse
 * was released (the pixel grid makes it approximate: 0.5 %).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { area, bbox, centroid, kinks, polygon } from '@turf/turf';
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
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-reshape-'));
  const dbPath = join(dir, 'reshape.sqlite');
  server = await startServer({ port: 0, dbPath, geodataDir: GEODATA, staticDir: inject('staticDir') });
  await createAccount(dbPath, { login: 'zhang', role: 'editor', displayName: '招商局 张工' });
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type ParcelDetail = {
  id: string;
  code: string;
  version: number;
  areaM2: number;
  geometry: Polygon | MultiPolygon;
};
type Ring = [number, number][];

const get = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${server.url}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
};

/** The outline with corner `k` (and the closing copy of corner 0) at `to`. */
function moved(ring: Ring, k: number, to: [number, number]): Ring {
  const out = ring.map((p, i) => (i === k ? to : p));
  if (k === 0) out[out.length - 1] = to;
  return out;
}

/**
 * A 待供应 single-ring parcel of at least 2 ha and a corner of it that, moved 40 % of the way to the centroid,
 * leaves a simple outline at least 3 % smaller (moving inward cannot reach a neighbour or leave the platform).
 */
async function pickParcel(skip: Set<string>): Promise<{ parcel: ParcelDetail; ring: Ring; k: number }> {
  const list = await get<{ features: { id: string; properties: { areaM2: number } }[] }>(
    '/api/parcels?state=ready&limit=200',
  );
  for (const f of list.features.filter((x) => x.properties.areaM2 >= 20_000 && !skip.has(x.id))) {
    const parcel = await get<ParcelDetail>(`/api/parcels/${f.id}`);
    if (parcel.geometry.type !== 'Polygon' || parcel.geometry.coordinates.length !== 1) continue;
    const ring = parcel.geometry.coordinates[0] as Ring;
    if (ring.length > 40) continue;
    const c = centroid(parcel.geometry).geometry.coordinates as [number, number];
    for (let k = 0; k < ring.length - 1; k++) {
      const p = ring[k]!;
      const to: [number, number] = [p[0] + (c[0] - p[0]) * 0.4, p[1] + (c[1] - p[1]) * 0.4];
      const next = polygon([moved(ring, k, to)]);
      if (kinks(next).features.length === 0 && area(next) < parcel.areaM2 * 0.97) return { parcel, ring, k };
    }
  }
  throw new Error('no sample parcel with a corner to move inward');
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

/** Lon/lat under a page pixel, from the map's own projection. */
const toLonLat = (page: Page, x: number, y: number) =>
  page.evaluate(
    ({ x, y }) => {
      const m = window.__zkMap!;
      const r = m.getCanvas().getBoundingClientRect();
      const ll = m.unproject([x - r.left, y - r.top]);
      return [ll.lng, ll.lat] as [number, number];
    },
    { x, y },
  );

/** Zoom at which `widthDeg` of longitude spans about `pixels` (web mercator, 512-px tiles). */
const zoomFor = (widthDeg: number, pixels: number) => Math.log2((pixels * 360) / (512 * widthDeg));

/** Opens the parcel's panel as 张工 with the parcel filling 60 % of the map left free by the details panel. */
async function openParcel(open: ReturnType<typeof useBrowser>, parcel: ParcelDetail, lang: string) {
  const path = `/?sel=${parcel.id}&lang=${lang}`;
  const page = await open(path, { baseUrl: server.url, setup: (c) => signInContext(c, server.url, 'zhang') });
  await page.getByTestId('parcel-panel').waitFor();
  const box = await page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const panel = document.querySelector('[data-testid="details-panel"]')!.getBoundingClientRect();
    return { left: map.left, right: map.right, top: map.top, bottom: map.bottom, free: panel.left };
  });
  const [w, s, e, n] = bbox(parcel.geometry);
  const span = 0.6 * Math.min(box.free - box.left, box.bottom - box.top);
  const width = Math.max(e - w, (n - s) / Math.cos((((s + n) / 2) * Math.PI) / 180));
  const shiftPx = (box.left + box.right) / 2 - (box.left + box.free) / 2;
  const lon = (w + e) / 2 + (shiftPx * width) / span;
  const v = `${lon.toFixed(6)},${((s + n) / 2).toFixed(6)},${zoomFor(width, span).toFixed(2)}`;
  await page.goto(`${server.url}${path}&v=${v}`);
  await page.getByTestId('parcel-panel').waitFor();
  await waitForMapIdle(page);
  return page;
}

/**
 * Starts 编辑边界 and drags corner `k` 40 % of the way to the centroid with the mouse; answers where it was let go.
 * `hesitate`: half-way, the hand rests with the button down for three times the tool's quiet time (200 ms), as a
 * slow hand or a loaded machine does; no preview may go out for that half-way outline.
 */
async function dragCorner(
  page: Page,
  parcel: ParcelDetail,
  ring: Ring,
  k: number,
  hesitate = false,
): Promise<[number, number]> {
  await page.getByTestId('reshape-start').click();
  await page.locator('[data-testid="map"][data-draw-ready="true"]').waitFor();
  const c = centroid(parcel.geometry).geometry.coordinates as [number, number];
  const p = ring[k]!;
  const [from, to] = await toPixels(page, [p, [p[0] + (c[0] - p[0]) * 0.4, p[1] + (c[1] - p[1]) * 0.4]]);
  for (const q of [from!, to!]) {
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, q)).toBe('CANVAS');
  }
  await page.mouse.move(from!.x, from!.y, { steps: 4 });
  await page.mouse.down();
  if (hesitate) {
    const previews: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/geometry')) previews.push(r.url());
    });
    await page.mouse.move((from!.x + to!.x) / 2, (from!.y + to!.y) / 2, { steps: 6 });
    // A user's pause, not a wait for the app: the app must stay silent through it.
    await page.waitForTimeout(600);
    expect(previews, 'a preview went out while the button was still down').toEqual([]);
  }
  await page.mouse.move(to!.x, to!.y, { steps: 12 });
  await page.mouse.up();
  return toLonLat(page, to!.x, to!.y);
}

/** The previewed new area (㎡), once the server has answered. */
async function previewedArea(page: Page): Promise<number> {
  await page.locator('[data-testid="reshape-new-area"], [data-testid="reshape-error"]').first().waitFor();
  const text = (await page.getByTestId('reshape-tool').textContent()) ?? '';
  expect(await page.getByTestId('reshape-error').count(), text).toBe(0);
  return Number(await page.getByTestId('reshape-new-area').getAttribute('data-area-m2'));
}

describe('edit a parcel’s boundary by dragging a corner', () => {
  const open = useBrowser();
  const used = new Set<string>();

  it('shows the new area, saves it, and the parcel keeps it after a reload', async () => {
    const { parcel, ring, k } = await pickParcel(used);
    used.add(parcel.id);
    const page = await openParcel(open, parcel, 'zh-CN');
    const at = await dragCorner(page, parcel, ring, k);
    const expected = area(polygon([moved(ring, k, at)]));
    const shown = await previewedArea(page);
    expect(Math.abs(shown - expected) / expected).toBeLessThan(0.005);
    expect(shown).toBeLessThan(parcel.areaM2 * 0.98);
    await page.getByTestId('reshape-save').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/geometry-reshape-zh.png` });
    await page.getByTestId('reshape-save').click();
    await page.locator('[data-testid="reshape-done"], [data-testid="reshape-error"]').first().waitFor();
    expect(await page.getByTestId('reshape-error').count()).toBe(0);

    await page.reload();
    await page.getByTestId('parcel-panel').waitFor();
    const now = await get<ParcelDetail>(`/api/parcels/${parcel.id}`);
    expect(now.version).toBe(parcel.version + 1);
    expect(Math.abs(now.areaM2 - shown)).toBeLessThan(0.01);
    expect(Math.abs(area(now.geometry) - expected) / expected).toBeLessThan(0.005);
    // The panel after the reload: the new area in ㎡ (rounded as the panel shows it).
    const shownArea = (await page.getByTestId('parcel-area').textContent()) ?? '';
    expect(shownArea.replace(/,/g, '')).toContain(`${Math.round(now.areaM2)} ㎡`);
  }, 240_000); // three page loads (open, frame the parcel, reload after saving)

  it('in English: a hesitant drag previews only where the corner was let go; Cancel writes nothing', async () => {
    const { parcel, ring, k } = await pickParcel(used);
    used.add(parcel.id);
    const page = await openParcel(open, parcel, 'en');
    const at = await dragCorner(page, parcel, ring, k, true);
    const expected = area(polygon([moved(ring, k, at)]));
    const shown = await previewedArea(page);
    expect(Math.abs(shown - expected) / expected).toBeLessThan(0.005);
    expect(await page.getByTestId('reshape-new-area').textContent()).toMatch(
      /^New area: .* \(change −[\d,]+ m² \(−[\d.]+ mu\)\)$/,
    );
    await page.getByTestId('reshape-save').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/geometry-reshape-en.png` });
    await page.getByTestId('reshape-cancel').click();
    await page.locator('[data-testid="reshape-tool"][data-phase="idle"]').waitFor();
    const now = await get<ParcelDetail>(`/api/parcels/${parcel.id}`);
    expect({ version: now.version, areaM2: now.areaM2 }).toEqual({
      version: parcel.version,
      areaM2: parcel.areaM2,
    });
  });
});
