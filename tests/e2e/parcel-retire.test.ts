/**
 * 退出台账 in the browser (issue 13, item 5: retire with a reason): an editor opens a 净地可供 parcel with no project
 * and no 三旧 site, opens 退出台账…, gives a reason and confirms; the panel then says when and why it left the
 * ledger on the reference date the app shows (the sample's 2018-03-09), the API lists it no more, and in English a 挂牌 parcel's refusal is shown with the server's words.
 * Writes go to a private server over its own database seeded from geodata/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { createAccount, signInContext } from './accounts.ts';
import { seriousViolations } from './axe.ts';
import { ARTIFACTS, useBrowser } from './browser.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-retire-'));
  const dbPath = join(dir, 'retire.sqlite');
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
type Listed = { features: { id: string }[] };

/** The first parcel in `state` with no project and no 三旧 site. */
async function freeParcel(state: string): Promise<string> {
  const list = await get<Listed>(`/api/parcels?state=${state}&limit=200`);
  for (const f of list.features) {
    const p = await get<{ projects: unknown[]; redevelopment: unknown }>(`/api/parcels/${f.id}`);
    if (p.projects.length === 0 && !p.redevelopment) return f.id;
  }
  throw new Error(`no free ${state} parcel in the sample`);
}

describe('退出台账 from the parcel panel', () => {
  const open = useBrowser();

  it('retires a 净地可供 parcel with a reason: the panel says so and the list no longer has it', async () => {
    const id = await freeParcel('ready');
    const page = await open(`/?sel=${id}&lang=zh-CN`, {
      baseUrl: server.url,
      setup: (c) => signInContext(c, server.url, 'zhang'),
    });
    await page.getByTestId('parcel-panel').waitFor();
    await page.getByTestId('parcel-retire-open').click();
    await page.getByTestId('parcel-retire-reason').fill('与相邻地块重复录入');
    expect(await seriousViolations(page, '[data-testid="parcel-retire"]')).toEqual([]);
    await page.getByTestId('parcel-retire-confirm').click();
    const notice = page.getByTestId('parcel-retired');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('已于 2018-03-09 退出台账：与相邻地块重复录入');
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/parcel-retire-zh.png` });
    const list = await get<Listed>('/api/parcels?limit=5000');
    expect(list.features.map((f) => f.id)).not.toContain(id);
  });

  it('in English: a 挂牌 parcel is refused with the server’s reason, and nothing changes', async () => {
    const id = await freeParcel('listed');
    const before = await get<{ version: number }>(`/api/parcels/${id}`);
    const page = await open(`/?sel=${id}&lang=en`, {
      baseUrl: server.url,
      setup: (c) => signInContext(c, server.url, 'zhang'),
      // The refusal itself: Chromium logs every 4xx answer as a failed resource.
      expectedConsoleErrors: [/422 \(Unprocessable Entity\).*\/retire$/],
    });
    await page.getByTestId('parcel-panel').waitFor();
    await page.getByTestId('parcel-retire-open').click();
    await page.getByTestId('parcel-retire-reason').fill('duplicate');
    await page.getByTestId('parcel-retire-confirm').click();
    const error = page.getByTestId('parcel-retire-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('cannot be retired');
    expect(await seriousViolations(page, '[data-testid="parcel-retire"]')).toEqual([]);
    await page.getByTestId('parcel-retire').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/parcel-retire-refused-en.png` });
    expect((await get<{ version: number }>(`/api/parcels/${id}`)).version).toBe(before.version);
  });
});
