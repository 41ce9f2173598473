import { describe, expect, it } from 'vitest';
import { apiGet, useBrowser, waitForMapIdle } from './browser.ts';

type Project = { id: string; name: string; enterprise: string; parcelIds: string[]; industry: string };

describe('search that explains (issue 17)', () => {
  const open = useBrowser();

  it('激光: project hits come first, grouped, each row saying what it matched', async () => {
    const { items } = await apiGet<{ items: Project[] }>('/api/projects');
    const laser = items.filter((p) => p.name.includes('激光') || p.industry === 'laser');
    expect(laser.length).toBeGreaterThan(0);

    const page = await open('/');
    await waitForMapIdle(page);
    await page.getByTestId('search-input').fill('激光');
    await page.getByTestId('search-result').first().waitFor();
    const groups = await page
      .locator('[data-testid^="search-group-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(groups[0]).toBe('search-group-project');
    expect(await page.getByTestId('search-result').first().getAttribute('data-kind')).toBe('project');
    // Every row says why it is there, and a parcel row that is not a code match names its project.
    const rows = await page.getByTestId('search-result').evaluateAll((els) =>
      els.map((e) => ({
        kind: e.getAttribute('data-kind'),
        match: e.getAttribute('data-match'),
        why: e.querySelector('[data-testid="search-match"]')?.textContent ?? '',
      })),
    );
    for (const r of rows) expect(r.why).toMatch(/^匹配/);
    for (const r of rows.filter((x) => x.kind === 'parcel'))
      expect(r.match).toMatch(/^(code|heldByProject|heldByEnterprise)$/);
    // The project group lists the laser projects (up to the group cap of 8).
    const projectRows = rows.filter((r) => r.kind === 'project');
    expect(projectRows.length).toBe(Math.min(8, laser.length));
  });

  it('asks the project list on the first search, not at start-up, and who is signed in once', async () => {
    const { items } = await apiGet<{ items: Project[] }>('/api/projects');
    const laser = items.filter((p) => p.industry === 'laser');
    expect(laser.length).toBeGreaterThan(0);
    const asked: string[] = [];
    const page = await open('/', {
      setup: async (context) => context.on('request', (r) => asked.push(new URL(r.url()).pathname)),
    });
    await waitForMapIdle(page);
    expect(asked.filter((p) => p === '/api/projects')).toEqual([]);
    // The page's entry asks it; the app's first account query takes that answer.
    expect(asked.filter((p) => p === '/api/auth/me')).toHaveLength(1);
    // An industry term in English finds every laser project by its industry, read from the project list (one
    // group only, so no display cap).
    await page.getByTestId('search-input').fill('laser');
    await page.getByTestId('search-result').first().waitFor();
    expect(asked.filter((p) => p === '/api/projects')).toHaveLength(1);
    const rows = await page
      .getByTestId('search-result')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-match')}`));
    expect(rows).toEqual(laser.map(() => 'project:industry'));
  });

  it('康凯斯 (no land yet) opens its project panel — stage, demand, target platform — and focus moves there', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const input = page.getByTestId('search-input');
    await input.fill('康凯斯');
    await page.getByTestId('search-result').first().waitFor();
    await input.press('Enter');
    const view = page.getByTestId('project-view');
    await view.waitFor();
    expect(await view.getAttribute('data-project-id')).toBe('prj-concox');
    expect(await page.getByTestId('project-stage').textContent()).toBe('签约');
    expect(await page.getByTestId('project-land-demand').textContent()).toMatch(/亩$/);
    expect(await page.getByTestId('project-platform-link').textContent()).toBe('357创新产业带');
    await page.getByTestId('project-candidates').waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-testid="project-view"]') != null),
      )
      .toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  });

  it('an enterprise row opens its projects; the panel lists the enterprise’s others', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.getByTestId('search-input').fill('博实结');
    const row = page.locator('[data-testid="search-result"][data-kind="enterprise"]');
    await row.first().waitFor();
    await row.first().dispatchEvent('mousedown');
    await page.getByTestId('project-view').waitFor();
    expect(await page.getByTestId('enterprise-projects').locator('button').count()).toBe(1);
  });

  it('the project view outlines the project’s parcels from the API', async () => {
    const project = await apiGet<{ parcels: { id: string }[] }>('/api/projects/prj-biwin');
    const page = await open('/?pj=prj-biwin');
    await page.getByTestId('project-view').waitFor();
    await waitForMapIdle(page);
    await expect
      .poll(() =>
        page.evaluate(() =>
          [
            ...new Set(
              window
                .__zkMap!.queryRenderedFeatures({ layers: ['project-parcels-line'] })
                .map((f) => f.properties.id),
            ),
          ].sort(),
        ),
      )
      .toEqual(project.parcels.map((p) => p.id).sort());
  });
});
