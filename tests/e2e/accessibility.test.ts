/**
 * Accessibility of the main views (issue 17): axe-core (a second, independent checker) reports no serious or
 * critical violation on the overview, a parcel panel, the land-balance tab and the search results; the skip
 * link reaches search in one Tab; the tab list follows the WAI-ARIA keyboard model.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { useBrowser, waitForMapIdle } from './browser.ts';

describe('accessibility', () => {
  const open = useBrowser();

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`axe: no serious or critical violation on the main views (${lang})`, async () => {
      const q = lang === 'en' ? '&lang=en' : '';
      const page = await open(`/?sel=p-0379${q}`);
      await waitForMapIdle(page);
      await page.getByTestId('parcel-panel').waitFor();
      await page.getByTestId('dashboard').waitFor();
      expect(await seriousViolations(page), 'overview + parcel panel').toEqual([]);

      await page.getByTestId('tab-land-balance').click();
      await page.getByTestId('lb-pipeline-heading').waitFor();
      await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
      expect(await seriousViolations(page), 'land-balance tab').toEqual([]);

      await page.getByTestId('search-input').fill('激光');
      await page.getByTestId('search-result').first().waitFor();
      expect(await seriousViolations(page), 'search results').toEqual([]);
    });
  }

  it('the first Tab reaches the skip link, which moves focus to the search box', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'skip-to-search',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search-input',
    );
  });

  it('tabs: one Tab stop, arrow keys and Home/End move the selection and the focus', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const tabs = page.locator('[role="tab"]');
    expect(await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('tabindex')))).toEqual([
      '0',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
      '-1',
    ]);
    await page.getByTestId('tab-overview').focus();
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(await focused()).toBe('tab-filters');
    expect(await page.getByTestId('tab-filters').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('End');
    expect(await focused()).toBe('tab-legend');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab-overview');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('tab-legend');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('tab-overview');
    const panel = await page.locator('[role="tabpanel"]').getAttribute('aria-labelledby');
    expect(await page.locator(`#${panel?.replaceAll(':', '\\:')}`).getAttribute('data-testid')).toBe(
      'tab-overview',
    );
  });
});
