/**
 * 分宗 on the map (issue: geometry editing with terra-draw): an editor selects a parcel, draws a line across it
 * with mouse clicks on the map canvas, sees the server's plan — two new codes whose areas add up to the parent's
 * — confirms, and the two new parcels exist while the parent is retired. Writes go to a private server over its
 * own database seeded from geodata/. Oracles: the parent's area from the API before the edit, turf (which parcel a
 * straight line cuts in two), and the API after the edit.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bbox, length, lineOverlap, pointOnFeature, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { createAccount, sessionToken } from './accounts.ts';
import { seriousViolations } from './axe.ts';
import { ARTIFACTS, useBrowser, waitForMapIdle } from './browser.ts';
import { drawLine, getJson, openForSplit, type ParcelDetail, pickParcel, toPixels } from './geometry-draw.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-geometry-'));
  const dbPath = join(dir, 'geometry.sqlite');
  server = await startServer({ port: 0, dbPath, geodataDir: GEODATA, staticDir: inject('staticDir') });
  await createAccount(dbPath, { login: 'zhang', role: 'editor', displayName: '招商局 张工' });
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = getJson(() => server.url);

/**
 * Links the project to the parcel through the API as editor 张工 (PUT …/parcels keeps its other parcels);
 * answers the parcels it held before.
 */
async function linkProject(projectId: string, parcelId: string): Promise<string[]> {
  const path = `/api/projects/${projectId}`;
  const res0 = await fetch(`${server.url}${path}`);
  const { parcelIds } = (await res0.json()) as { parcelIds: string[] };
  const token = await sessionToken(server.url, 'zhang');
  const res = await fetch(`${server.url}${path}/parcels`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      'If-Match': res0.headers.get('ETag')!,
      Origin: server.url,
      Cookie: `zk_session=${token}`,
    },
    body: JSON.stringify({ parcelIds: [...parcelIds, parcelId] }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return parcelIds;
}

/** The first `n` projects of the list whose target platform is `platformId`. */
async function projectsOf(platformId: string, n: number): Promise<string[]> {
  const list = await get<{ items: { id: string }[] }>(`/api/projects?platform=${platformId}`);
  expect(list.items.length).toBeGreaterThanOrEqual(n);
  return list.items.slice(0, n).map((p) => p.id);
}

describe('split a parcel along a drawn line', () => {
  const open = useBrowser();

  it('previews two codes whose areas add up to the parent’s, gives one project one part, confirms, and the parent is retired', async () => {
    const picked = await pickParcel(get);
    const { line } = picked;
    // Two projects hold the parcel: the editor gives the first one part 2 only; the second keeps the default
    // rule (every part keeps every project — a split takes no land from its holder).
    const [onePart, allParts] = await projectsOf(picked.parcel.platformId, 2);
    const heldBefore = await linkProject(onePart!, picked.parcel.id);
    await linkProject(allParts!, picked.parcel.id);
    const parcel = await get<ParcelDetail>(`/api/parcels/${picked.parcel.id}`);
    expect(parcel.projects.map((p) => p.id).sort()).toEqual([onePart, allParts].sort());
    const page = await openForSplit(
      open,
      server.url,
      parcel,
      [line[0]![0], line[1]![0], line[0]![1]],
      'zh-CN',
    );
    await page.getByTestId('split-start').click();
    await page.locator('[data-testid="map"][data-draw-ready="true"]').waitFor();
    await drawLine(page, line);

    const parts = page.getByTestId('split-preview-part');
    await page.locator('[data-testid="split-preview"], [data-testid="split-error"]').first().waitFor();
    expect(
      await page.getByTestId('split-error').count(),
      (await page.getByTestId('split-tool').textContent()) ?? '',
    ).toBe(0);
    const preview = await parts.evaluateAll((els) =>
      els.map((e) => ({
        code: e.getAttribute('data-code')!,
        areaM2: Number(e.getAttribute('data-area-m2')),
      })),
    );
    expect(preview).toHaveLength(2);
    // Codes follow the zone's branch scheme (支号): the parent's code with -1, -2.
    expect(preview.map((p) => p.code).sort()).toEqual([`${parcel.code}-1`, `${parcel.code}-2`]);
    const sum = preview[0]!.areaM2 + preview[1]!.areaM2;
    expect(Math.abs(sum - parcel.areaM2) / parcel.areaM2).toBeLessThan(0.001);
    // Each part is a real share of the parcel, not a sliver along an edge.
    for (const p of preview) expect(p.areaM2).toBeGreaterThan(parcel.areaM2 * 0.05);
    // The rule of what carries over is shown before confirming, with its events rule.
    expect(await page.locator('[data-testid="split-preview-rule"][data-topic="events"]').count()).toBe(1);
    // One row per linked project, on the default (all parts) until the editor chooses; choosing part 2 for the
    // first project previews again and the plan's project rule names only that part.
    expect(await page.getByTestId('split-project').count()).toBe(2);
    const select = page.getByTestId(`split-project-part-${onePart}`);
    expect(await select.inputValue()).toBe('all');
    await select.selectOption('1');
    await page
      .locator('[data-testid="split-preview-rule"][data-topic="projects"]', {
        hasText: `项目 ${onePart} 关联到 ${preview[1]!.code}。`,
      })
      .waitFor();
    // The effective date defaults to the app's reference date (not before the parcel's state date); the
    // editor sets another and a note, both recorded on the new parcels' opening events.
    const config = await get<{ referenceDate: string | null }>('/api/config');
    const ref = config.referenceDate ?? parcel.stateSince;
    const dateInput = page.getByTestId('split-date');
    expect(await dateInput.inputValue()).toBe([ref, parcel.stateSince].sort()[1]);
    const date = [parcel.stateSince, '2018-04-02'].sort()[1]!;
    await dateInput.fill(date);
    await page.getByTestId('split-note').fill('测试分宗备注 e2e');
    await page.getByTestId('split-confirm').scrollIntoViewIfNeeded();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/geometry-split-preview-zh.png` });
    expect(await seriousViolations(page, '[data-testid="split-tool"]')).toEqual([]);

    await page.getByTestId('split-confirm').click();
    const created = page.getByTestId('split-new-parcel');
    await page.locator('[data-testid="split-done"], [data-testid="split-error"]').first().waitFor();
    expect(
      await page.getByTestId('split-error').count(),
      (await page.getByTestId('split-tool').textContent()) ?? '',
    ).toBe(0);
    const newIds = await created.evaluateAll((els) => els.map((e) => e.getAttribute('data-parcel-id')!));
    expect(newIds).toHaveLength(2);
    // The API: the parent retired (kept), the two new parcels current, with the previewed codes and areas.
    expect((await get<ParcelDetail>(`/api/parcels/${parcel.id}`)).retiredOn).not.toBeNull();
    const after = await Promise.all(newIds.map((id) => get<ParcelDetail>(`/api/parcels/${id}`)));
    expect(after.map((p) => p.code).sort()).toEqual(preview.map((p) => p.code).sort());
    for (const p of after) expect(p.retiredOn).toBeNull();
    // Only part 2 holds the first project; both parts hold the second; the project, of the split parcels, lists only part 2.
    const links = Object.fromEntries(after.map((p) => [p.code, p.projects.map((x) => x.id).sort()]));
    expect(links).toEqual({
      [preview[0]!.code]: [allParts],
      [preview[1]!.code]: [onePart, allParts].sort(),
    });
    const second = after.find((p) => p.code === preview[1]!.code)!;
    expect((await get<{ parcelIds: string[] }>(`/api/projects/${onePart}`)).parcelIds.sort()).toEqual(
      [...heldBefore, second.id].sort(),
    );
    for (const p of after) {
      const opening = p.events.find((e) => e.from === null)!;
      expect(opening.date).toBe(date);
      expect(opening.note).toContain('测试分宗备注 e2e');
    }
    // Opening a new parcel from the result shows its panel.
    await created.first().click();
    await page.locator(`[data-testid="parcel-panel"][data-parcel-id="${newIds[0]}"]`).waitFor();
  });

  it('in English: a line that misses the parcel is refused with the server’s message; 取消 discards a preview', async () => {
    const picked = await pickParcel(get);
    const { line } = picked;
    // A linked project, so the confirm step shows its row (and the screenshot the whole step).
    const [project] = await projectsOf(picked.parcel.platformId, 1);
    await linkProject(project!, picked.parcel.id);
    const parcel = await get<ParcelDetail>(`/api/parcels/${picked.parcel.id}`);
    const width = line[1]![0] - line[0]![0];
    const page = await openForSplit(
      open,
      server.url,
      parcel,
      [line[0]![0] - width * 0.4, line[1]![0], line[0]![1]],
      'en',
      [/status of 422/],
    );
    // A line wholly west of the parcel (the split line's west end lies outside it): the server's refusal,
    // shown as it words it.
    const west: [number, number][] = [
      [line[0]![0] - width * 0.35, line[0]![1]],
      [line[0]![0], line[0]![1]],
    ];
    const token = await sessionToken(server.url, 'zhang');
    const res = await fetch(`${server.url}/api/parcels/${parcel.id}/split?preview=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url, Cookie: `zk_session=${token}` },
      body: JSON.stringify({ line: { type: 'LineString', coordinates: west } }),
    });
    expect(res.status).toBe(422);
    const refusal = (await res.json()) as { error: { message: string } };
    await page.getByTestId('split-start').click();
    await page.locator('[data-testid="map"][data-draw-ready="true"]').waitFor();
    await drawLine(page, west);
    await page.getByTestId('split-error').waitFor();
    expect(await page.getByTestId('split-error').textContent()).toBe(
      `Cannot split: ${refusal.error.message}`,
    );
    await page.getByTestId('split-cancel').click();

    await page.getByTestId('split-start').click();
    await page.locator('[data-testid="map"][data-draw-ready="true"]').waitFor();
    await drawLine(page, line);
    await page.getByTestId('split-preview').waitFor();
    expect(await page.getByTestId('split-preview-part').count()).toBe(2);
    expect(await page.getByTestId('split-project').count()).toBe(1);
    await page.getByTestId('split-confirm').scrollIntoViewIfNeeded();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/geometry-split-preview-en.png` });
    expect(await seriousViolations(page, '[data-testid="split-tool"]')).toEqual([]);
    await page.getByTestId('split-cancel').click();
    await page.locator('[data-testid="split-tool"][data-phase="idle"]').waitFor();
    expect(await page.getByTestId('split-preview').count()).toBe(0);
    // Nothing was written: the parcel is current at the version it had.
    const now = await get<ParcelDetail>(`/api/parcels/${parcel.id}`);
    expect({ retiredOn: now.retiredOn, version: now.version }).toEqual({
      retiredOn: null,
      version: parcel.version,
    });
  });
});

type SeedParcel = Feature<Polygon, { id: string; platformId: string; state: string; landUse: string }>;

/**
 * Two 规划 parcels of geodata/ of one platform and land use sharing at least 100 m of boundary (turf: overlap of
 * their outlines within 1 cm) — adjacent by any reading of the 1-m rule.
 */
function pickAdjacentPair(): [SeedParcel, SeedParcel] {
  const all = JSON.parse(readFileSync(join(GEODATA, 'parcels.geojson'), 'utf8')) as FeatureCollection;
  const fs = (all.features as SeedParcel[]).filter(
    (f) => f.properties.state === 'planned' && f.geometry.type === 'Polygon',
  );
  for (let i = 0; i < fs.length; i++) {
    for (let j = i + 1; j < Math.min(fs.length, i + 40); j++) {
      const [a, b] = [fs[i]!, fs[j]!];
      if (
        a.properties.platformId !== b.properties.platformId ||
        a.properties.landUse !== b.properties.landUse
      )
        continue;
      const shared = lineOverlap(
        polygonToLine(a.geometry) as Feature<LineString>,
        polygonToLine(b.geometry) as Feature<LineString>,
        { tolerance: 0.00001 },
      );
      const m = shared.features.reduce((s, f) => s + length(f, { units: 'meters' }), 0);
      if (m >= 100) return [a, b];
    }
  }
  throw new Error('no adjacent pair in geodata/');
}

describe('merge adjacent parcels', () => {
  const open = useBrowser();

  it('gathers two adjacent parcels, previews one code whose area is their sum, confirms, both are retired', async () => {
    const [a, b] = pickAdjacentPair();
    const [pa, pb] = await Promise.all(
      [a, b].map((f) => get<ParcelDetail>(`/api/parcels/${f.properties.id}`)),
    );
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: [a, b] });
    // Both parcels in view: the taller of the two extents decides the zoom.
    const half = Math.max(e - w, (n - s) * 1.2) / 2;
    const mid = (w + e) / 2;
    const page = await openForSplit(open, server.url, pa!, [mid - half, mid + half, (s + n) / 2], 'zh-CN');
    await page.getByTestId('merge-add').click();
    // The second parcel is picked on the map, as an editor would.
    const [inB] = await toPixels(page, [pointOnFeature(b).geometry.coordinates as [number, number]]);
    await page.mouse.click(inB!.x, inB!.y);
    await page.locator(`[data-testid="parcel-panel"][data-parcel-id="${pb!.id}"]`).waitFor();
    await page.getByTestId('merge-add').click();
    expect(await page.getByTestId('merge-item').count()).toBe(2);
    await page.getByTestId('merge-preview-start').click();
    await page.locator('[data-testid="merge-preview"], [data-testid="merge-error"]').first().waitFor();
    expect(
      await page.getByTestId('merge-error').count(),
      (await page.getByTestId('merge-tool').textContent()) ?? '',
    ).toBe(0);
    const parts = await page.getByTestId('merge-preview-part').evaluateAll((els) =>
      els.map((el) => ({
        code: el.getAttribute('data-code')!,
        areaM2: Number(el.getAttribute('data-area-m2')),
      })),
    );
    expect(parts).toHaveLength(1);
    const sum = pa!.areaM2 + pb!.areaM2;
    expect(Math.abs(parts[0]!.areaM2 - sum) / sum).toBeLessThan(0.001);
    // Branch scheme: the merged parcel takes the first code with a 支号.
    expect([`${pa!.code}-1`, `${pb!.code}-1`]).toContain(parts[0]!.code);
    await page.getByTestId('merge-confirm').scrollIntoViewIfNeeded();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/geometry-merge-preview-zh.png` });
    await page.getByTestId('merge-confirm').click();
    await page.locator('[data-testid="merge-done"], [data-testid="merge-error"]').first().waitFor();
    expect(
      await page.getByTestId('merge-error').count(),
      (await page.getByTestId('merge-tool').textContent()) ?? '',
    ).toBe(0);
    const newId = (await page.getByTestId('merge-new-parcel').getAttribute('data-parcel-id'))!;
    const merged = await get<ParcelDetail>(`/api/parcels/${newId}`);
    expect({ code: merged.code, retiredOn: merged.retiredOn }).toEqual({
      code: parts[0]!.code,
      retiredOn: null,
    });
    for (const old of [pa!, pb!])
      expect((await get<ParcelDetail>(`/api/parcels/${old.id}`)).retiredOn).not.toBeNull();
  });
});
