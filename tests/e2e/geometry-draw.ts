/**
 * Helpers of the geometry-editing browser tests (geometry-edit.test.ts, geometry-undo.test.ts): pick a sample
 * parcel a straight line cuts in two, open its panel as editor 张工 with the line's extent framed, and draw the
 * line with mouse clicks on the map canvas (terra-draw linestring). Each test runs its own server (`baseUrl`).
 */
import { bbox, booleanPointInPolygon, centroid, lineIntersect, lineString } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { signInContext } from './accounts.ts';
import { type useBrowser, waitForMapIdle } from './browser.ts';

export type ParcelDetail = {
  id: string;
  code: string;
  platformId: string;
  version: number;
  areaM2: number;
  areaMu: number;
  retiredOn: string | null;
  stateSince: string;
  geometry: Polygon | MultiPolygon;
  projects: { id: string; name: string }[];
  events: { from: string | null; date: string; note: string | null }[];
};

/** GET `path` of the server at `baseUrl` as JSON (throws on an HTTP error). */
export const getJson =
  (baseUrl: () => string) =>
  async <T>(path: string): Promise<T> => {
    const res = await fetch(`${baseUrl()}${path}`);
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  };

/**
 * A 待供应 parcel of at least 2 ha that the east–west line through its centroid crosses exactly twice (so it
 * falls into two parts), with that line reaching 15 % of the parcel's width beyond it on both sides.
 */
export async function pickParcel(
  get: <T>(path: string) => Promise<T>,
): Promise<{ parcel: ParcelDetail; line: [number, number][] }> {
  const list = await get<{ features: { id: string; properties: { areaM2: number } }[] }>(
    '/api/parcels?state=ready&limit=200',
  );
  for (const f of list.features.filter((x) => x.properties.areaM2 >= 20_000)) {
    const parcel = await get<ParcelDetail>(`/api/parcels/${f.id}`);
    if (parcel.geometry.type !== 'Polygon' || parcel.geometry.coordinates.length !== 1) continue;
    const c = centroid(parcel.geometry).geometry.coordinates as [number, number];
    if (!booleanPointInPolygon(c, parcel.geometry)) continue;
    const [w, , e] = bbox(parcel.geometry);
    const pad = (e - w) * 0.15;
    const line: [number, number][] = [
      [w - pad, c[1]],
      [e + pad, c[1]],
    ];
    if (lineIntersect(lineString(line), parcel.geometry).features.length === 2) return { parcel, line };
  }
  throw new Error('no sample parcel cut in two by a straight line');
}

/** Pixel positions of lon/lat points on the page, from the map's own projection. */
export const toPixels = (page: Page, pts: [number, number][]) =>
  page.evaluate((ps) => {
    const m = window.__zkMap!;
    const r = m.getCanvas().getBoundingClientRect();
    return ps.map((p) => {
      const q = m.project(p);
      return { x: r.left + q.x, y: r.top + q.y };
    });
  }, pts);

/** Clicks the line's vertices on the map canvas, then the last one again to finish (terra-draw linestring). */
export async function drawLine(page: Page, line: [number, number][]): Promise<void> {
  const px = await toPixels(page, line);
  for (const p of px) {
    // The canvas itself must be under the pointer, not a panel over the map.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p);
    expect(hit).toBe('CANVAS');
  }
  for (const p of px) {
    await page.mouse.move(p.x, p.y, { steps: 4 });
    await page.mouse.click(p.x, p.y);
  }
  const last = px.at(-1)!;
  await page.mouse.move(last.x + 1, last.y, { steps: 2 });
  await page.mouse.click(last.x, last.y);
}

/** Zoom at which `widthDeg` of longitude at `lat` spans about `pixels` (web mercator, 512-px tiles). */
const zoomFor = (widthDeg: number, pixels: number) => Math.log2((pixels * 360) / (512 * widthDeg));

/**
 * Opens the parcel's panel as editor 张工 on the server at `baseUrl`, then the view again with longitudes
 * `west`–`east` at `lat` spanning 80 % of the map left free by the details panel (measured on the page, so a
 * layout change cannot hide the line).
 */
export async function openForSplit(
  open: ReturnType<typeof useBrowser>,
  baseUrl: string,
  parcel: ParcelDetail,
  [west, east, lat]: [number, number, number],
  lang: string,
  expectedConsoleErrors: RegExp[] = [],
): Promise<Page> {
  const path = `/?sel=${parcel.id}&lang=${lang}`;
  const page = await open(path, {
    baseUrl,
    expectedConsoleErrors,
    setup: (c) => signInContext(c, baseUrl, 'zhang'),
  });
  await page.getByTestId('parcel-panel').waitFor();
  const box = await page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const panel = document.querySelector('[data-testid="details-panel"]')!.getBoundingClientRect();
    return { left: map.left, right: map.right, free: panel.left };
  });
  const span = 0.8 * (box.free - box.left);
  const shiftPx = (box.left + box.right) / 2 - (box.left + box.free) / 2;
  const lon = (west + east) / 2 + (shiftPx * (east - west)) / span;
  const zoom = zoomFor(east - west, span).toFixed(2);
  await page.goto(`${baseUrl}${path}&v=${lon.toFixed(6)},${lat.toFixed(6)},${zoom}`);
  await page.getByTestId('parcel-panel').waitFor();
  await waitForMapIdle(page);
  return page;
}
