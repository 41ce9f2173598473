/**
 * 撤销 of a split from the parcel's history (issue 13): an editor splits a sample parcel on the map (a line drawn
 * with mouse clicks, geometry-draw.ts), opens one of the new parts, presses 撤销 on the split entry of its 修改历史,
 * reads the confirmation (which parcel comes back, which are retired), confirms, and the panel shows the original
 * code with its area again while the map's count returns to its value before the split. In English, an undo
 * refused because a part was edited since shows the server's message. Oracles: the parcel's area and the map
 * count read from the API before the split, and the API after the undo. Private server over its own database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatArea } from '../../domain/format.ts';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { createAccount, sessionToken } from './accounts.ts';
import { useBrowser, waitForMapIdle } from './browser.ts';
import { drawLine, getJson, openForSplit, type ParcelDetail, pickParcel } from './geometry-draw.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
const SHOTS = '/tmp/shots';
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-undo-'));
  const dbPath = join(dir, 'undo.sqlite');
  server = await startServer({ port: 0, dbPath, geodataDir: GEODATA, staticDir: inject('staticDir') });
  await createAccount(dbPath, { login: 'zhang', role: 'editor', displayName: '招商局 张工' });
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = getJson(() => server.url);
/** The map's parcel count: of one platform, or of the zone (what the result count shows unfiltered). */
const count = async (platformId?: string) =>
  (await get<{ total: number }>(`/api/parcels/summary${platformId ? `?platform=${platformId}` : ''}`)).total;

/** Splits the picked parcel on the map (preview, confirm) and opens the first new part; answers the new ids. */
async function splitOnMap(page: Page, line: [number, number][]): Promise<string[]> {
  await page.getByTestId('split-start').click();
  await page.locator('[data-testid="map"][data-draw-ready="true"]').waitFor();
  await drawLine(page, line);
  await page.locator('[data-testid="split-preview"], [data-testid="split-error"]').first().waitFor();
  expect(await page.getByTestId('split-error').count()).toBe(0);
  await page.getByTestId('split-confirm').click();
  await page.locator('[data-testid="split-done"], [data-testid="split-error"]').first().waitFor();
  const created = page.getByTestId('split-new-parcel');
  const ids = await created.evaluateAll((els) => els.map((e) => e.getAttribute('data-parcel-id')!));
  expect(ids).toHaveLength(2);
  await created.first().click();
  await page.locator(`[data-testid="parcel-panel"][data-parcel-id="${ids[0]}"]`).waitFor();
  return ids;
}

/** Opens the undo confirmation on the split entry of the open part's history. */
async function openUndo(page: Page): Promise<void> {
  const origin = page.getByTestId('history-origin');
  await origin.waitFor();
  const auditId = await origin.getAttribute('data-audit-id');
  const button = page.getByTestId(`history-geometry-undo-${auditId}`);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await page.getByTestId('geometry-undo-form').waitFor();
}

describe('undo a split from the parcel history', () => {
  const open = useBrowser();

  it('splits a parcel on the map, undoes it from a part’s history: the original code is back with its area', async () => {
    const { parcel, line } = await pickParcel(get);
    const before = await count(parcel.platformId);
    const zoneBefore = await count();
    const page = await openForSplit(
      open,
      server.url,
      parcel,
      [line[0]![0], line[1]![0], line[0]![1]],
      'zh-CN',
    );
    const ids = await splitOnMap(page, line);
    expect(await count(parcel.platformId)).toBe(before + 1);
    const parts = await Promise.all(ids.map((id) => get<ParcelDetail>(`/api/parcels/${id}`)));

    await openUndo(page);
    const explain = (await page.getByTestId('geometry-undo-explain').textContent()) ?? '';
    // The confirmation names the parcel that comes back and each one retired.
    expect(explain).toContain(`地块 ${parcel.code} 恢复`);
    for (const p of parts) expect(explain).toContain(p.code);
    await page.getByTestId('geometry-undo-form').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/undo-split-confirm-zh.png` });
    await page.getByTestId('geometry-undo-confirm').click();

    // The panel opens the parcel that came back, with its code and its area as before the split.
    const panel = page.locator(`[data-testid="parcel-panel"][data-parcel-id="${parcel.id}"]`);
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.locator('.details-title').textContent()).toContain(parcel.code);
    expect(await panel.getByTestId('parcel-area').textContent()).toContain(
      formatArea(parcel.areaM2, 'zh-CN'),
    );
    // The map's count refreshes to its value before the split.
    await page
      .locator(`[data-testid="result-count"][data-count="${zoneBefore}"]`)
      .waitFor({ timeout: 30_000 });
    const back = await get<ParcelDetail>(`/api/parcels/${parcel.id}`);
    expect({ retiredOn: back.retiredOn, areaM2: back.areaM2 }).toEqual({
      retiredOn: null,
      areaM2: parcel.areaM2,
    });
    for (const id of ids) expect((await get<ParcelDetail>(`/api/parcels/${id}`)).retiredOn).not.toBeNull();
    expect(await count(parcel.platformId)).toBe(before);
    // Its history lists the split, marked undone, and the undo.
    await panel.locator('[data-testid="history-audit"][data-action="parcel.geometry_undo"]').waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SHOTS}/undo-split-done-zh.png` });
  });

  it('in English: a part edited since makes the undo refused, with the server’s message shown', async () => {
    const { parcel, line } = await pickParcel(get);
    const page = await openForSplit(open, server.url, parcel, [line[0]![0], line[1]![0], line[0]![1]], 'en', [
      /status of 409/,
    ]);
    const ids = await splitOnMap(page, line);
    await openUndo(page);
    const explain = (await page.getByTestId('geometry-undo-explain').textContent()) ?? '';
    expect(explain).toContain(`parcel ${parcel.code} comes back`);
    await page.getByTestId('geometry-undo-form').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/undo-split-confirm-en.png` });
    // The second part is edited (a note) through the API meanwhile.
    const token = await sessionToken(server.url, 'zhang');
    const res = await fetch(`${server.url}/api/parcels/${ids[1]}`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        'If-Match': '"1"',
        Origin: server.url,
        Cookie: `zk_session=${token}`,
      },
      body: JSON.stringify({ notes: 'edited after the split' }),
    });
    expect(res.status).toBe(200);
    await page.getByTestId('geometry-undo-confirm').click();
    const error = page.getByTestId('geometry-undo-error');
    await error.waitFor({ timeout: 30_000 });
    const part = await get<ParcelDetail>(`/api/parcels/${ids[1]}`);
    expect(await error.textContent()).toContain(`Cannot undo: `);
    expect(await error.textContent()).toContain(`parcel ${part.code} was changed after the edit`);
    await error.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/undo-split-refused-en.png` });
    // Nothing was undone.
    expect((await get<ParcelDetail>(`/api/parcels/${parcel.id}`)).retiredOn).not.toBeNull();
  });
});
