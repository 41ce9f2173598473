import { describe, expect, it } from 'vitest';
import { apiGet, useBrowser, waitForMapIdle } from './browser.ts';

type Dashboard = { targets: { targetId: string; basis: 'dated' | 'snapshot' }[] };

describe('reference date honesty (issue 17)', () => {
  const open = useBrowser();

  it('a date past the data is marked 推算 by the date and on every date-driven card; cards say what moves', async () => {
    const config = await apiGet<{ asOf: string }>('/api/config');
    expect(config.asOf).toBe('2018-03-09');
    const api = await apiGet<Dashboard>('/api/dashboard?refDate=2030-01-01');
    const dated = api.targets.filter((x) => x.basis === 'dated').map((x) => x.targetId);
    const snapshot = api.targets.filter((x) => x.basis === 'snapshot').map((x) => x.targetId);
    expect(dated.length).toBeGreaterThan(0);
    expect(snapshot.length).toBeGreaterThan(0);

    const page = await open('/?ref=2030-01-01');
    await waitForMapIdle(page);
    await page.getByTestId('dashboard').waitFor();
    expect(await page.getByTestId('ref-date-projected').textContent()).toBe('推算');
    for (const id of dated) {
      const card = page.getByTestId(`target-card-${id}`);
      expect(await card.getByTestId('target-basis').getAttribute('data-basis')).toBe('dated');
      expect(await card.getByTestId('target-projected').textContent()).toBe('推算');
    }
    for (const id of snapshot) {
      const card = page.getByTestId(`target-card-${id}`);
      expect(await card.getByTestId('target-basis').textContent()).toContain('不随参考日变化');
      expect(await card.getByTestId('target-projected').count()).toBe(0);
    }

    // Back on the data's own date nothing is projected.
    await page.getByTestId('ref-date-reset').click();
    await expect.poll(() => page.getByTestId('ref-date-projected').count()).toBe(0);
    expect(await page.getByTestId('target-projected').count()).toBe(0);
  });
});
