/**
 * Keeping the ledger current from the browser (issue: edit parcels, projects and 三旧 sites; see any past date):
 * a new project from the land-balance pipeline list, linked to a parcel from its panel; a stale edit refused with
 * who changed it; the time slider showing the ledger on 2016-01-01; the 变化 view. Writes go to a private server
 * over its own database seeded from geodata/. Oracles: the API answers and a hand walk over geodata/ files.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { createAccount, sessionToken, signInContext } from './accounts.ts';
import { ARTIFACTS, useBrowser } from './browser.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-records-'));
  const dbPath = join(dir, 'records.sqlite');
  server = await startServer({ port: 0, dbPath, geodataDir: GEODATA, staticDir: inject('staticDir') });
  await createAccount(dbPath, { login: 'zhang', role: 'editor', displayName: '招商局 张工' });
  await createAccount(dbPath, { login: 'li', role: 'editor', displayName: '招商局 李工' });
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

const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });

describe('projects from the pipeline list', () => {
  const open = useBrowser();

  it('creates a project from 新建项目, links a parcel to it, and the history shows both writes', async () => {
    const ready = await get<{ features: { id: string; properties: { code: string } }[] }>(
      '/api/parcels?state=ready&platform=belt-357&limit=1',
    );
    const parcel = ready.features[0]!;
    const page = await open('/?tab=land-balance', {
      baseUrl: server.url,
      setup: (c) => signInContext(c, server.url, 'zhang'),
    });
    await page.getByTestId('lb-pipeline').waitFor();
    await page.getByTestId('project-new').click();
    const form = page.getByTestId('project-form');
    await form.waitFor();
    await page.getByTestId('pf-name').fill('激光智能装备二期');
    await page.getByTestId('pf-enterprise').fill('深圳某激光科技有限公司');
    await page.getByTestId('pf-industry').selectOption('laser');
    await page.getByTestId('pf-investmentWan').fill('abc');
    await page.getByTestId('pf-submit').click();
    // A malformed number is caught at its field before anything is sent.
    expect(await page.locator('[data-testid="field-error"][data-field="investmentWan"]').textContent()).toBe(
      '请输入数字',
    );
    await page.getByTestId('pf-investmentWan').fill('30000');
    await page.getByTestId('pf-landDemandMu').fill('45');
    await page.getByTestId('pf-targetPlatformId').selectOption('belt-357');
    await page.getByTestId('pf-expansionOf').fill('深圳某激光科技有限公司');
    await shot(page, 'project-form-zh');
    await page.getByTestId('pf-submit').click();

    const view = page.getByTestId('project-view');
    await view.waitFor();
    const projectId = (await view.getAttribute('data-project-id'))!;
    const created = await get<{ name: string; stage: string; landDemandMu: number; expansionOf: string }>(
      `/api/projects/${projectId}`,
    );
    expect(created).toMatchObject({
      name: '激光智能装备二期',
      stage: 'lead',
      landDemandMu: 45,
      expansionOf: '深圳某激光科技有限公司',
    });

    // Link the parcel by its code from the project panel.
    await page.getByTestId('project-link-code').fill(parcel.properties.code);
    await page.getByTestId('project-link-add').click();
    await page.locator(`[data-testid="project-link-row"][data-parcel-id="${parcel.id}"]`).waitFor();
    expect((await get<{ parcelIds: string[] }>(`/api/projects/${projectId}`)).parcelIds).toEqual([parcel.id]);
    // Both writes are in the project's history (audit rows), newest first.
    await expect
      .poll(() =>
        page.getByTestId('history-audit').evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))),
      )
      .toEqual(['project.parcels', 'project.create']);
    await shot(page, 'project-panel-history-zh');

    // The parcel's panel lists the project; from there it can be unlinked again.
    await page.getByTestId(`project-link-row`).getByRole('button', { name: parcel.properties.code }).click();
    await page.getByTestId('parcel-panel').waitFor();
    await page.getByTestId(`parcel-unlink-${projectId}`).click();
    await expect
      .poll(async () => (await get<{ parcelIds: string[] }>(`/api/projects/${projectId}`)).parcelIds)
      .toEqual([]);
  });

  it('a stale edit is refused with who changed the project, and reloading shows their change', async () => {
    const page = await open('/?pj=prj-0025&lang=en', {
      baseUrl: server.url,
      expectedConsoleErrors: [/status of 412/],
      setup: (c) => signInContext(c, server.url, 'zhang'),
    });
    await page.getByTestId('project-view').waitFor();
    await page.getByTestId('project-edit-prj-0025').click();
    await page.getByTestId('project-form').waitFor();
    await page.getByTestId('pf-signedDocNo').fill('仲恺投协〔2018〕12号');
    // Meanwhile 李工 edits the same project.
    const cookie = await sessionToken(server.url, 'li');
    // The version from the body: a compressed answer's ETag is weak, and If-Match compares strongly.
    const { version } = await get<{ version: number }>('/api/projects/prj-0025');
    const res = await fetch(`${server.url}/api/projects/prj-0025`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        Origin: server.url,
        Cookie: `zk_session=${cookie}`,
        'If-Match': `"${version}"`,
      },
      body: JSON.stringify({ approvedDocNo: '仲恺招商会〔2018〕3号' }),
    });
    expect(res.status).toBe(200);
    await page.getByTestId('pf-submit').click();
    const error = page.getByTestId('edit-error');
    await error.waitFor();
    expect(await error.getAttribute('data-kind')).toBe('stale');
    expect(await error.textContent()).toContain('招商局 李工');
    await shot(page, 'project-form-412-en');
    await page.getByTestId('edit-reload').click();
    await expect.poll(() => page.getByTestId('pf-approvedDocNo').inputValue()).toBe('仲恺招商会〔2018〕3号');
  });
});

describe('parcel attributes, history and undo', () => {
  const open = useBrowser();

  it('edits a parcel’s notes and 出让条件, then 撤销 restores them as a new revision', async () => {
    const before = await get<{ id: string; version: number; notes: string }>('/api/parcels/p-0735');
    for (const lang of ['en', 'zh-CN']) {
      const page = await open(`/?sel=p-0735&lang=${lang}`, {
        baseUrl: server.url,
        setup: (c) => signInContext(c, server.url, 'zhang'),
      });
      await page.getByTestId('parcel-panel').waitFor();
      await page.getByTestId('parcel-edit-open').click();
      if (lang === 'en') {
        await page.getByTestId('parcel-edit').scrollIntoViewIfNeeded();
        await shot(page, 'parcel-edit-form-en');
        continue;
      }
      await page.getByTestId('parcel-edit-notes').fill('2018年3月复核：宗地界址无误');
      await page.getByTestId('parcel-edit-cond-termYears').fill('50');
      await page.getByTestId('parcel-edit-submit').click();
      await page.getByTestId('parcel-edit-saved').waitFor();
      const edited = await get<{ version: number; notes: string; conditions: { termYears: number } }>(
        '/api/parcels/p-0735',
      );
      expect(edited).toMatchObject({ version: before.version + 1, notes: '2018年3月复核：宗地界址无误' });
      expect(edited.conditions.termYears).toBe(50);
      const update = page.locator('[data-testid="history-audit"][data-action="parcel.update"]').first();
      await update.waitFor();
      await page.getByTestId('entity-history').scrollIntoViewIfNeeded();
      await shot(page, 'parcel-history-zh');
      const auditId = await update.getAttribute('data-audit-id');
      await page.getByTestId(`history-undo-${auditId}`).click();
      await expect
        .poll(async () => (await get<{ notes: string }>('/api/parcels/p-0735')).notes)
        .toBe(before.notes);
      const undone = await get<{ version: number }>('/api/parcels/p-0735');
      expect(undone.version).toBe(before.version + 2);
      await expect
        .poll(() => page.locator('[data-testid="history-audit"][data-action="parcel.update"]').count())
        .toBe(2);
    }
  });
});

/** Parcels in state `state` on `day` by a hand walk over geodata/parcels.geojson (last event on or before it). */
function countOn(day: string, state: string): number {
  const fc = JSON.parse(readFileSync(join(GEODATA, 'parcels.geojson'), 'utf8')) as {
    features: { properties: { events: { to: string; date: string }[] } }[];
  };
  let n = 0;
  for (const f of fc.features) {
    let s: string | null = null;
    for (const e of f.properties.events) if (e.date <= day) s = e.to;
    if (s === state) n += 1;
  }
  return n;
}

describe('the time slider', () => {
  const open = useBrowser();

  it('set to 2016-01-01, the legend counts the parcels transferred then — fewer than at the as-of date', async () => {
    const thenN = countOn('2016-01-01', 'transferred');
    const nowN = countOn('2018-03-09', 'transferred');
    expect(thenN).toBeLessThan(nowN);
    const page = await open('/?tab=legend', { baseUrl: server.url });
    const row = page.locator('[data-testid="legend-row"][data-key="transferred"]');
    await expect.poll(() => row.getAttribute('data-count')).toBe(String(nowN));
    const slider = page.getByTestId('time-slider');
    await slider.waitFor();
    // The slider runs one step per day from the first land event (2007-01-24 in geodata/) to 2018-03-09.
    expect(await slider.getAttribute('max')).toBe(
      String((Date.UTC(2018, 2, 9) - Date.UTC(2007, 0, 24)) / 864e5),
    );
    await slider.fill(String((Date.UTC(2016, 0, 1) - Date.UTC(2007, 0, 24)) / 864e5));
    await expect.poll(() => page.getByTestId('ref-date').inputValue()).toBe('2016-01-01');
    await expect.poll(() => row.getAttribute('data-count')).toBe(String(thenN));
    await shot(page, 'time-slider-2016-zh');
    // The date field is the same source: back to the as-of date, back to today's counts.
    await page.getByTestId('ref-date').fill('2018-03-09');
    await expect.poll(() => row.getAttribute('data-count')).toBe(String(nowN));
  });
});

describe('变化 / What changed', () => {
  const open = useBrowser();

  it('lists the changes between two dates; a row selects the parcel', async () => {
    const page = await open('/?tab=changes', { baseUrl: server.url });
    await page.getByTestId('what-changed').waitFor();
    await page.getByTestId('changes-from').fill('2015-01-05');
    await page.getByTestId('changes-to').fill('2015-01-08');
    const rows = page.getByTestId('changes-parcel-row');
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort()))
      .toEqual(['ZK-ZC-0176', 'ZK-ZH-0149', 'ZK-ZH-0177']);
    await shot(page, 'what-changed-zh');
    await rows.filter({ hasText: 'ZK-ZH-0149' }).click();
    await page.locator('[data-testid="parcel-panel"][data-parcel-id="p-0735"]').waitFor();
  });
});
