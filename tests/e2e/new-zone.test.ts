/**
 * A new zone from nothing, in the browser: a private server started with SEED=none; an administrator sets the
 * zone's name on /settings, then the wizard (which starts with platforms on a zone without any) brings in the
 * platforms and then the parcels from the checked-in new-zone shapefiles (GDAL-made, EPSG:4547, GBK); the map's
 * header then names the zone. Screenshots of the settings page and the new wizard steps in Chinese and English go
 * to tests/artifacts/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { IMPORT_FIXTURES } from '../api/helpers/import-zone.ts';
import { createAccount, signInContext } from './accounts.ts';
import { saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-new-zone-'));
  const dbPath = join(dir, 'zone.sqlite');
  server = await startServer({ port: 0, dbPath, seed: 'none', staticDir: inject('staticDir') });
  await createAccount(dbPath, { login: 'admin', role: 'admin', displayName: '管理员' });
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function importFile(page: Page, kind: string, file: string, shot?: string) {
  await page.getByTestId('import-page').waitFor();
  await page.getByTestId(`import-kind-${kind}`).check();
  await page.getByTestId('import-file').setInputFiles(join(IMPORT_FIXTURES, 'new-zone', file));
  await page.getByTestId('import-read').click();
  await page.getByTestId('import-detected-crs').waitFor();
  expect(await page.getByTestId('import-detected-crs').textContent()).toContain('EPSG:4547');
  // The parcels file has no plot ratio: a default for new parcels.
  if (kind === 'parcels') await page.getByTestId('default-plotRatioMax').fill('2');
  if (shot) await saveScreenshot(page, `${shot}-mapping`);
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-report').waitFor();
  if (shot) await saveScreenshot(page, `${shot}-report`);
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-result').waitFor();
}

describe('a new zone from nothing', () => {
  const open = useBrowser();
  const asAdmin = {
    setup: (c: Parameters<typeof signInContext>[0]) => signInContext(c, server.url, 'admin'),
  };

  it('settings → platforms → parcels, then the header names the zone', async () => {
    const settings = await open('/settings', { baseUrl: server.url, ...asAdmin });
    await settings.getByTestId('settings-empty-zone').waitFor();
    await settings.getByTestId('settings-nameZh').fill('新湖高新区');
    await settings.getByTestId('settings-nameEn').fill('Xinhu Hi-tech Zone');
    await settings.getByTestId('settings-towns').fill('新湖镇\n东岸街道');
    await settings.getByTestId('settings-validityBox').fill('113.0, 22.9, 113.7, 23.4');
    await settings.getByTestId('settings-save').click();
    await settings.getByTestId('settings-saved').waitFor();
    await saveScreenshot(settings, 'settings-zh');
    await settings.getByTestId('lang-toggle').click();
    await expect.poll(() => settings.getByTestId('settings-save').textContent()).toBe('Save');
    await saveScreenshot(settings, 'settings-en');

    const wizard = await open('/import', { baseUrl: server.url, ...asAdmin });
    await wizard.getByTestId('import-empty-zone').waitFor();
    expect(await wizard.getByTestId('import-kind-platforms').isChecked()).toBe(true);
    await saveScreenshot(wizard, 'import-new-zone-zh');
    await importFile(wizard, 'platforms', 'platforms-4547-gbk.zip', 'import-platforms-zh');
    expect(await wizard.getByTestId('import-result').textContent()).toContain('新增 2');

    const en = await open('/import?lang=en', { baseUrl: server.url, ...asAdmin });
    await en.getByTestId('import-page').waitFor();
    await importFile(en, 'parcels', 'parcels-4547-gbk.zip', 'import-parcels-en');
    expect(await en.getByTestId('import-result').textContent()).toContain('3 inserted');

    const map = await open('/', { baseUrl: server.url });
    await waitForMapIdle(map);
    await expect.poll(() => map.getByTestId('app-title').textContent()).toBe('新湖高新区土地与产业平台地图');
    await expect.poll(() => map.locator('[data-testid="map"]').getAttribute('data-parcels-count')).toBe('3');
    await saveScreenshot(map, 'new-zone-map-zh');
  });
});
