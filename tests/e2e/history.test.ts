import { describe, expect, it } from 'vitest';
import { useBrowser, waitForMapIdle } from './browser.ts';

describe('browser history', () => {
  const open = useBrowser();

  it('Back and Forward walk parcel → project → platform and never leave the app', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const start = page.url();

    await page.getByTestId('search-input').fill('佰维');
    await page.getByTestId('search-result').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    const parcel = page.getByTestId('parcel-panel');
    await parcel.waitFor();
    const parcelId = await parcel.getAttribute('data-parcel-id');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(parcelId);

    await page.getByTestId('project-link').first().click();
    const project = page.getByTestId('project-view');
    await project.waitFor();
    const projectId = await project.getAttribute('data-project-id');
    await expect.poll(() => new URL(page.url()).searchParams.get('pj')).toBe(projectId);

    await page.getByTestId('project-platform-link').click();
    const platform = page.getByTestId('platform-view');
    await platform.waitFor();
    const platformId = await platform.getAttribute('data-platform-id');
    await expect.poll(() => new URL(page.url()).searchParams.get('pv')).toBe(platformId);

    // Back: the project again (the platform link opened the platform on top of it).
    await page.goBack();
    await expect.poll(() => project.getAttribute('data-project-id')).toBe(projectId);
    expect(await platform.count()).toBe(0);
    // Back: the parcel.
    await page.goBack();
    await expect.poll(() => parcel.getAttribute('data-parcel-id')).toBe(parcelId);
    expect(await project.count()).toBe(0);
    // Forward: the project.
    await page.goForward();
    await expect.poll(() => project.getAttribute('data-project-id')).toBe(projectId);
    // Still the app, and the URL is the project's.
    expect(page.url().startsWith(new URL(start).origin)).toBe(true);
    expect(new URL(page.url()).searchParams.get('pj')).toBe(projectId);
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();

    // Back to the start: no panel, and still in the app (not about:blank).
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.getByTestId('details-panel').count()).toBe(0);
    expect(page.url().startsWith(new URL(start).origin)).toBe(true);
    await page.getByTestId('app-title').waitFor();
  });

  it('a tab change is a step; a map move is not', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.getByTestId('tab-filters').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('filters');
    const length = await page.evaluate(() => history.length);
    await page.evaluate(() => window.__zkMap!.jumpTo({ center: [114.3, 23.02], zoom: 13 }));
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toMatch(/^114\.3,23\.02,13$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.goBack();
    await expect.poll(() => page.getByTestId('tab-overview').getAttribute('aria-selected')).toBe('true');
  });
});
