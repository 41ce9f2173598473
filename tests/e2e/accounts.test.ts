/**
 * Accounts in the browser: a viewer sees no write control (and why), a session that ends mid-work leads to the
 * sign-in dialog and back to the same view, the admin pages work, the Content-Security-Policy does not break the
 * map (0 violations), and the new views pass axe-core. Screenshots of the sign-in dialog, the user menu and the
 * admin pages in Chinese and English go to tests/artifacts/. Runs its own server over a private database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/serve.ts';
import { createAccount, PASSWORD, signInContext } from './accounts.ts';
import { saveScreenshot, useBrowser, waitForMapIdle } from './browser.ts';

let server: RunningServer;
let dir: string;
let dbPath: string;
/** A 净地可供 parcel of 357创新产业带 (belt-357) and its map view. */
let parcel = { id: '', view: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zk-e2e-accounts-'));
  dbPath = join(dir, 'accounts.sqlite');
  server = await startServer({
    port: 0,
    dbPath,
    geodataDir: resolve(import.meta.dirname, '../../geodata'),
    staticDir: inject('staticDir'),
  });
  await createAccount(dbPath, { login: 'viewer', role: 'viewer', displayName: '查看员 陈' });
  await createAccount(dbPath, { login: 'editor', role: 'editor', displayName: '规划科 王工' });
  await createAccount(dbPath, {
    login: 'zcq',
    role: 'editor',
    displayName: '自创区 刘工',
    platforms: ['zichuang'],
  });
  await createAccount(dbPath, { login: 'admin', role: 'admin', displayName: '管理员 黄' });
  const list = (await (
    await fetch(`${server.url}/api/parcels?state=ready&platform=belt-357&limit=1`)
  ).json()) as {
    features: { id: string }[];
  };
  const id = list.features[0]!.id;
  const d = (await (await fetch(`${server.url}/api/parcels/${id}`)).json()) as { bbox: number[] };
  const [x0, y0, x1, y1] = d.bbox as [number, number, number, number];
  parcel = { id, view: `${(x0 + x1) / 2},${(y0 + y1) / 2},15` };
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/**
 * axe-core's violations on the page (WCAG 2 A/AA rules), as `rule: targets` lines. axe is evaluated through the
 * DevTools protocol, not as a <script> tag, which the page's CSP (rightly) refuses.
 */
async function axeViolations(page: Page, within: string): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: object,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(
      { include: [selector] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
  }, within);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accounts in the browser', () => {
  const open = useBrowser();

  it('a viewer sees no write control, with the reason; an editor of another platform likewise', async () => {
    let page = await open(`/?sel=${parcel.id}&v=${parcel.view}`, {
      baseUrl: server.url,
      setup: (c) => signInContext(c, server.url, 'viewer'),
    });
    await page.getByTestId('parcel-panel').waitFor();
    const refused = page.getByTestId('write-refused');
    await refused.waitFor();
    expect(await refused.getAttribute('data-reason')).toBe('viewer');
    expect(await refused.textContent()).toContain('您的账号是“查看”角色，不能修改数据');
    expect(await page.getByTestId('state-change-open').count()).toBe(0);
    expect(await page.getByTestId('user-role').textContent()).toBe('查看');
    await page.context().close();

    page = await open(`/?sel=${parcel.id}&lang=en`, {
      baseUrl: server.url,
      setup: (c) => signInContext(c, server.url, 'zcq'),
    });
    await page.getByTestId('write-refused').waitFor();
    expect(await page.getByTestId('write-refused').getAttribute('data-reason')).toBe('other_platform');
    expect(await page.getByTestId('write-refused').textContent()).toContain(
      'may edit parcels of these platforms only',
    );
    expect(await page.getByTestId('state-change-open').count()).toBe(0);
  });

  it('a session that ends mid-work opens the sign-in dialog over the same view; after signing in the change goes through', async () => {
    const page = await open(`/?sel=${parcel.id}&v=${parcel.view}&tab=layers`, {
      baseUrl: server.url,
      setup: (c) => signInContext(c, server.url, 'editor'),
      expectedConsoleErrors: [/status of 401 .*\/transitions/],
    });
    await page.getByTestId('parcel-panel').waitFor();
    await waitForMapIdle(page);
    await page.getByTestId('state-change-open').click();
    const url = page.url();
    // The administrator signs the editor out everywhere (server side) while the form is open.
    const db = new BetterSqlite3(dbPath);
    db.prepare(
      `UPDATE sessions SET revoked_at = 1 WHERE user_id = (SELECT id FROM users WHERE login = 'editor')`,
    ).run();
    db.close();
    await page.getByTestId('state-change-to').selectOption('listed');
    await page.getByTestId('state-change-submit').click();
    const dialog = page.getByTestId('sign-in-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('sign-in-session-note').textContent()).toContain('会话已结束');
    await page.getByTestId('sign-in-login').fill('editor');
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(page.url()).toBe(url);
    expect(await page.getByTestId('parcel-panel').getAttribute('data-parcel-id')).toBe(parcel.id);
    await page.getByTestId('state-change-submit').click();
    await page.getByTestId('state-change-saved').waitFor();
    expect(await page.getByTestId('state-timeline').locator('li').first().textContent()).toContain(
      '规划科 王工',
    );
  });

  it('the map renders under the Content-Security-Policy with 0 violations', async () => {
    const page = await open(`/?v=${parcel.view}`, {
      baseUrl: server.url,
      setup: (c) =>
        c.addInitScript(() => {
          const w = window as unknown as { __csp: string[] };
          w.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
          );
        }),
    });
    const res = await page.request.get(`${server.url}/`);
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await waitForMapIdle(page);
    const drawn = await page.evaluate(
      () => window.__zkMap!.queryRenderedFeatures({ layers: ['parcels-fill'] }).length,
    );
    expect(drawn).toBeGreaterThan(0);
    // The dashboard's ECharts canvas too.
    await page.getByTestId('tab-overview').click();
    await page.getByTestId('dashboard').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`sign-in dialog, user menu and admin pages (${lang}): screenshots and axe-core`, async () => {
      const q = lang === 'en' ? '?lang=en' : '';
      const page = await open(`/${q}`, {
        baseUrl: server.url,
        // The wrong password below is deliberate; Chromium logs the 401 answer.
        expectedConsoleErrors: [/status of 401 .*\/api\/auth\/login/],
      });
      await page.getByTestId('sign-in-open').click();
      await page.getByTestId('sign-in-dialog').waitFor();
      await page.getByTestId('sign-in-login').fill('admin');
      await page.getByTestId('sign-in-password').fill('wrong password!');
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('sign-in-error').waitFor();
      expect(await page.getByTestId('sign-in-error').textContent()).toBe(
        lang === 'en' ? 'Wrong login name or password.' : '登录名或密码错误。',
      );
      await saveScreenshot(page, `sign-in-${lang}`);
      expect(await axeViolations(page, '[data-testid="sign-in-dialog"]')).toEqual([]);
      await page.getByTestId('sign-in-password').fill(PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('user-menu').waitFor();
      await page.getByTestId('user-menu-open').click();
      await page.getByTestId('sign-out').waitFor();
      expect(await page.getByTestId('user-role').textContent()).toBe(
        lang === 'en' ? 'Administrator' : '管理员',
      );
      await saveScreenshot(page, `user-menu-${lang}`);
      expect(await axeViolations(page, '[data-testid="user-menu"]')).toEqual([]);

      await page.getByTestId('menu-admin').click();
      await page.getByTestId('users-table').waitFor();
      await page.getByTestId('user-row-zcq').waitFor();
      await saveScreenshot(page, `admin-users-${lang}`);
      expect(await axeViolations(page, 'body')).toEqual([]);
      await page.getByTestId('user-add').click();
      await page.getByTestId('user-form').waitFor();
      await saveScreenshot(page, `admin-add-user-${lang}`);
      expect(await axeViolations(page, '[data-testid="user-form"]')).toEqual([]);
      await page.keyboard.press('Escape');
      await page.goto(`${server.url}/admin/audit${q}`);
      await page.getByTestId('audit-table').waitFor();
      await saveScreenshot(page, `admin-audit-${lang}`);
      expect(await axeViolations(page, 'body')).toEqual([]);
    });
  }

  it('an admin adds an editor limited to a platform, who can then sign in; disabling ends their session', async () => {
    const page = await open('/admin/users', {
      baseUrl: server.url,
      setup: (c) => signInContext(c, server.url, 'admin'),
    });
    await page.getByTestId('user-add').click();
    await page.getByTestId('user-form-login').fill('belt-officer');
    await page.getByTestId('user-form-name').fill('带办 赵工');
    await page.getByTestId('user-form-role').selectOption('editor');
    await page.getByTestId('user-form-platform-belt-357').check();
    await page.getByTestId('user-form-password').fill('a fine belt password');
    await page.getByTestId('user-form-submit').click();
    const row = page.getByTestId('user-row-belt-officer');
    await row.waitFor();
    expect(await row.textContent()).toContain('357创新产业带');
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ login: 'belt-officer', password: 'a fine belt password' }),
    });
    expect(login.status).toBe(200);
    const cookie = /zk_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
    await page.getByTestId('user-toggle-belt-officer').click();
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('已停用');
    const me = await (await fetch(`${server.url}/api/auth/me`, { headers: { Cookie: cookie } })).json();
    expect(me.user).toBeNull();
    // The audit view lists both changes, newest first.
    await page.goto(`${server.url}/admin/audit`);
    await page.getByTestId('audit-row').first().waitFor();
    const first = await page.getByTestId('audit-row').first().textContent();
    expect(first).toContain('修改用户');
    expect(first).toContain('管理员 黄');
  });
});

describe('reading needs a session (ANONYMOUS_READ off)', () => {
  const open = useBrowser();
  let closed: RunningServer;
  beforeAll(async () => {
    closed = await startServer({
      port: 0,
      dbPath,
      geodataDir: resolve(import.meta.dirname, '../../geodata'),
      staticDir: inject('staticDir'),
      auth: { anonymousRead: false },
    });
  });
  afterAll(async () => {
    await closed?.close();
  });

  // The main map is created outside React as soon as its chunk has loaded (client/map/main-map.ts), but only once
  // the account is known to read: the sign-in page shows no map and asks for no tiles.
  it('the sign-in page shows instead of the map: no map is created, no tile is asked', async () => {
    const asked: string[] = [];
    const page = await open('/', {
      baseUrl: closed.url,
      // The shell's start-up reads (config, platforms, context layers) are refused before anyone signs in.
      expectedConsoleErrors: [/status of 401/],
      setup: async (context) => context.on('request', (r) => asked.push(new URL(r.url()).pathname)),
    });
    await page.getByTestId('sign-in-page').waitFor();
    // maplibre has been evaluated (it asks for its worker then): a map would have been created by now.
    await expect.poll(() => asked.some((p) => /maplibre-gl-worker/.test(p))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('.maplibregl-map').length)).toBe(0);
    expect(await page.evaluate(() => window.__zkMap === undefined)).toBe(true);
    expect(asked.filter((p) => p.startsWith('/api/tiles/'))).toEqual([]);
  });
});
