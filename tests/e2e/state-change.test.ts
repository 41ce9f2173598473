/**
 * Recording a land-supply state change from the parcel panel, signed in as an editor (who records a change is the
 * signed-in account, never typed). This file edits data, so it runs its own server over a private database
 * seeded from geodata/ (same client build as the shared server), which the other browser tests never see.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { createAccount, sessionToken, signInContext, signInThroughUi } from './accounts.ts';
import { useBrowser, waitForMapIdle } from './browser.ts';

type ParcelList = { features: { id: string; properties: { code: string } }[] };
type ParcelDetail = {
  id: string;
  code: string;
  state: string;
  stateSince: string;
  version: number;
  bbox: [number, number, number, number];
  events: { to: string }[];
};

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-edit-'));
  const dbPath = join(dir, 'edit.sqlite');
  server = await startServer({
    port: 0,
    dbPath,
    geodataDir: resolve(import.meta.dirname, '../../geodata'),
    staticDir: inject('staticDir'),
  });
  await createAccount(dbPath, { login: 'zhang', role: 'editor', displayName: '规划科 张工' });
  await createAccount(dbPath, { login: 'li', role: 'editor', displayName: '规划科 李工' });
  await createAccount(dbPath, { login: 'other', role: 'editor', displayName: '他人' });
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

/** The state the map's parcel tiles hold for `id` (what the fill colour is computed from). */
const mapState = (page: Page, id: string) =>
  page.evaluate((pid) => {
    const fs = window
      .__zkMap!.querySourceFeatures('parcels', { sourceLayer: 'parcels' })
      .filter((f) => String(f.properties.id) === pid);
    return fs[0]?.properties.state ?? null;
  }, id);

describe('changing a parcel’s land-supply state', () => {
  const open = useBrowser();

  it('records 净地可供 → 挂牌: the timeline gains a row, the state label and the map follow', async () => {
    const ready = await get<ParcelList>('/api/parcels?state=ready&limit=1');
    const id = ready.features[0]!.id;
    const before = await get<ParcelDetail>(`/api/parcels/${id}`);
    expect(before.state).toBe('ready');
    expect(before.stateSince <= '2018-03-09').toBe(true);
    const [x0, y0, x1, y1] = before.bbox;

    const page = await open(`/?sel=${id}&v=${(x0 + x1) / 2},${(y0 + y1) / 2},15`, { baseUrl: server.url });
    await page.getByTestId('parcel-panel').waitFor();
    await waitForMapIdle(page);
    // Signed out, the panel says why there is no form; signing in (the dialog) keeps the view.
    expect(await page.getByTestId('write-refused').getAttribute('data-reason')).toBe('signed_out');
    const url = page.url();
    await signInThroughUi(page, 'zhang');
    expect(page.url()).toBe(url);
    expect(await page.getByTestId('user-name').textContent()).toBe('规划科 张工');
    expect(await page.getByTestId('parcel-state').textContent()).toContain('净地可供');
    const rows = page.getByTestId('state-timeline').locator('li');
    expect(await rows.count()).toBe(before.events.length);
    expect(await mapState(page, id)).toBe('ready');

    await page.getByTestId('state-change-open').click();
    const to = page.getByTestId('state-change-to');
    // Only the moves the domain allows from 净地可供: list it, or grant it by 招标/拍卖 (grant.ts checks the mode).
    expect(await to.locator('option').allTextContents()).toEqual(['挂牌', '已出让']);
    // The date defaults to the reference date (the sample's 2018-03-09).
    expect(await page.getByTestId('state-change-date').inputValue()).toBe('2018-03-09');
    await to.selectOption('listed');
    await page.getByTestId('state-change-note').fill('挂牌公告 惠市国土挂〔2018〕7号');
    expect(await page.getByTestId('state-change-recorded-as').textContent()).toBe(
      '记录人：规划科 张工（当前登录账号）',
    );
    await page.getByTestId('state-change-submit').click();

    await page.getByTestId('state-change-saved').waitFor();
    await expect.poll(() => rows.count()).toBe(before.events.length + 1);
    const newest = rows.first();
    expect(await newest.getAttribute('data-state')).toBe('listed');
    expect(await newest.textContent()).toContain('挂牌公告 惠市国土挂〔2018〕7号');
    // Who made the change comes from the audit row of the signed-in editor.
    expect(await newest.textContent()).toContain('规划科 张工');
    expect(await page.getByTestId('parcel-state').textContent()).toContain('挂牌');
    // The map's parcel list is refetched: the parcel is now drawn as listed.
    await expect.poll(() => mapState(page, id)).toBe('listed');
    // The next move offered starts from 挂牌.
    expect(await to.locator('option').allTextContents()).toEqual(['净地可供', '已出让']);

    const after = await get<ParcelDetail>(`/api/parcels/${id}`);
    expect(after).toMatchObject({ state: 'listed', stateSince: '2018-03-09', version: before.version + 1 });
  });

  it('records under the signed-in name (no name to type), and shows the server’s refusal', async () => {
    // A listed parcel (not the one the first test listed) that entered 挂牌 before 2018-03-08.
    const listed = await get<ParcelList>('/api/parcels?state=listed&limit=50');
    let id = '';
    for (const f of listed.features) {
      const d = await get<ParcelDetail>(`/api/parcels/${f.id}`);
      if (d.stateSince < '2018-03-08') {
        id = d.id;
        break;
      }
    }
    expect(id).not.toBe('');
    const page = await open(`/?sel=${id}`, {
      baseUrl: server.url,
      // Chromium logs every non-2xx response; the refused POST below is the point of this test.
      expectedConsoleErrors: [/status of 422 .*\/transitions/],
      setup: (context) => signInContext(context, server.url, 'li'),
    });
    await page.getByTestId('parcel-panel').waitFor();
    await page.getByTestId('state-change-open').click();
    expect(await page.getByTestId('state-change-who').count()).toBe(0);
    expect(await page.getByTestId('state-change-recorded-as').textContent()).toContain('规划科 李工');

    // A grant without a contract date cannot be submitted from the form (the field is required); one whose
    // contract is signed after the transfer date is refused by the server, with its message shown.
    await page.getByTestId('state-change-to').selectOption('transferred');
    await page.getByTestId('state-change-signed').fill('2018-03-09');
    await page.getByTestId('state-change-date').fill('2018-03-08');
    await page.getByTestId('state-change-submit').click();
    const error = page.getByTestId('state-change-error');
    await error.waitFor();
    // The message is chosen by the error code, in the UI's language only (the server's text is bilingual).
    expect(await error.textContent()).toContain('签订日期不得晚于出让日期');
    expect(await error.textContent()).not.toMatch(/[A-Za-z]{4,}/);
    expect((await get<ParcelDetail>(`/api/parcels/${id}`)).state).toBe('listed');
  });

  it('a stale form gets a localized 409 message; 重新加载地块 starts the form again', async () => {
    // A 净地可供 parcel other than the first test's (ready → listed needs no contract).
    const ready = await get<ParcelList>('/api/parcels?state=ready&limit=50');
    const id = ready.features.at(-1)?.id ?? '';
    expect(id).not.toBe('');
    const page = await open(`/?sel=${id}`, {
      baseUrl: server.url,
      expectedConsoleErrors: [/status of 409 .*\/transitions/],
      setup: (context) => signInContext(context, server.url, 'zhang'),
    });
    await page.getByTestId('parcel-panel').waitFor();
    await page.getByTestId('state-change-open').click();
    await page.getByTestId('state-change-note').fill('挂牌公告 2018-01');

    // Someone else records a change first: the open form's version is now stale.
    const d = await get<ParcelDetail>(`/api/parcels/${id}`);
    const res = await fetch(`${server.url}/api/parcels/${id}/transitions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        Origin: server.url,
        Cookie: `zk_session=${await sessionToken(server.url, 'other')}`,
      },
      body: JSON.stringify({ to: 'listed', date: d.stateSince, version: d.version }),
    });
    expect(res.status, await res.text()).toBeLessThan(300);

    await page.getByTestId('state-change-submit').click();
    const error = page.getByTestId('state-change-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('version_conflict');
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('该地块已被他人修改');
    expect(text).not.toMatch(/has changed|version/);
    expect(await error.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await page.screenshot({ path: resolve(import.meta.dirname, '../artifacts/state-change-409.png') });

    await page.getByTestId('state-change-reload').click();
    await expect.poll(() => error.count()).toBe(0);
    expect(await page.getByTestId('state-change-note').inputValue()).toBe('');
  });
});
