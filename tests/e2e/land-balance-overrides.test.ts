/**
 * Planner overrides in the 用地缺口 tab, signed in as an all-platform editor: locking a project to its
 * second-ranked candidate survives a reload (listed under 人工调整, the project placed on that site, marked
 * 锁定), and a lock that breaks a matching rule is refused at the field with the rule in the UI language.
 * Signed out, the tab offers 登录 instead of the controls. This file writes overrides, so it runs its own
 * server over a private database seeded from geodata/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { createAccount, signInContext } from './accounts.ts';
import { saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

type Matches = {
  projects: {
    projectId: string;
    name: string;
    landDemandMu: number;
    candidateCount: number;
    assignment: { siteId: string; areaMu: number; parcelCodes: string[] } | null;
  }[];
};
type Candidates = { candidates: { siteId: string; rank: number; parcelCodes: string[] }[] };

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-lb-'));
  const dbPath = join(dir, 'lb.sqlite');
  server = await startServer({
    port: 0,
    dbPath,
    geodataDir: resolve(import.meta.dirname, '../../geodata'),
    staticDir: inject('staticDir'),
  });
  await createAccount(dbPath, { login: 'wang', role: 'editor', displayName: '规划科 王工' });
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

async function waitForPanel(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>('[data-testid="land-balance-panel"]');
      return !!el && el.dataset.matched !== undefined && el.getAttribute('aria-busy') === 'false';
    },
    null,
    { timeout: 90_000, polling: 100 },
  );
}

describe('planner overrides in the land-balance tab', () => {
  const open = useBrowser();

  it('locks a project to its second-ranked site; after a reload the lock is listed and the project sits there', async () => {
    const m = await get<Matches>('/api/land-balance/matches');
    const row = m.projects.find((r) => r.assignment && r.candidateCount >= 2)!;
    const c = await get<Candidates>(`/api/projects/${row.projectId}/candidates`);
    const other = c.candidates.find((x) => x.siteId !== row.assignment!.siteId)!;
    const codes = other.parcelCodes.join(' + ');

    const page = await open(`/?tab=land-balance&lbp=${row.projectId}`, {
      baseUrl: server.url,
      setup: (context) => signInContext(context, server.url, 'wang'),
    });
    await waitForMapIdle(page);
    await waitForPanel(page);
    expect(await page.getByTestId('lb-overrides').textContent()).toContain('暂无锁定或排除');
    const item = page.locator(`[data-testid="lb-candidate"][data-site="${other.siteId}"]`);
    await item.getByTestId('lb-lock-here').click();
    const lock = page.getByTestId('lb-lock');
    await lock.waitFor();
    expect(await lock.getAttribute('data-site')).toBe(other.siteId);

    await page.reload();
    await waitForMapIdle(page);
    await waitForPanel(page);
    await lock.waitFor();
    expect(await lock.textContent()).toContain(`${row.name} → ${codes}`);
    await page.getByTestId('lb-assigned').waitFor();
    expect(await page.getByTestId('lb-assigned').textContent()).toContain(codes);
    const listRow = page.getByTestId(`lb-project-${row.projectId}`);
    expect(await listRow.locator('.lb-badge.locked').textContent()).toBe('锁定');
    // What the API says after the reload: the project is assigned that site, held by the lock.
    const after = await get<Matches & { projects: { locked: boolean }[] }>('/api/land-balance/matches');
    const placed = after.projects.find((r) => r.projectId === row.projectId)!;
    expect(placed.assignment?.siteId).toBe(other.siteId);
    await lock.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'land-balance-locks-zh');
  });

  it('refuses a lock that breaks the area rule at the field, in English, with the rule', async () => {
    const m = await get<Matches>('/api/land-balance/matches');
    const small = m.projects
      .filter((r) => r.landDemandMu > 0)
      .sort((a, b) => a.landDemandMu - b.landDemandMu)[0]!;
    const big = m.projects
      .filter((r) => r.assignment)
      .sort((a, b) => b.assignment!.areaMu - a.assignment!.areaMu)[0]!;
    const page = await open(`/?tab=land-balance&lang=en&lbp=${small.projectId}`, {
      baseUrl: server.url,
      // Chromium logs the refused POST (422); the refusal is the point of this test.
      expectedConsoleErrors: [/status of 422 .*\/locks/],
      setup: (context) => signInContext(context, server.url, 'wang'),
    });
    await waitForPanel(page);
    await page.getByTestId('lb-lock-site').fill(big.assignment!.parcelCodes.join('+'));
    await page.getByTestId('lb-lock-submit').click();
    const err = page.getByTestId('lb-lock-error');
    await err.waitFor();
    expect(await err.getAttribute('data-rule')).toMatch(/^(area_window|platform|land_use)$/);
    expect(await err.textContent()).toMatch(
      /^Cannot lock: the (site area must lie|platform must|land use must)/,
    );
  });

  it('signed out, the tab lists the overrides but offers sign-in instead of the controls', async () => {
    const m = await get<Matches>('/api/land-balance/matches');
    const row = m.projects.find((r) => r.assignment)!;
    const page = await open(`/?tab=land-balance&lbp=${row.projectId}`, { baseUrl: server.url });
    await waitForPanel(page);
    await page.getByTestId('lb-detail').getByTestId('write-refused').waitFor();
    expect(await page.getByTestId('lb-lock-here').count()).toBe(0);
    expect(await page.getByTestId('lb-lock').count()).toBe(1);
    expect(await page.locator('[data-testid^="lb-unlock"]').count()).toBe(0);
  });
});
