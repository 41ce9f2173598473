/**
 * The contract clock in the parcel panel and the idle-land tab, in Chromium: a parcel the government has not
 * delivered shows 交地逾期（政府原因） and no idle fee (国土资源部令第53号 第八条); a parcel whose fee was levied
 * shows it as owed; the 批而未供 list sits on the idle-land tab. Screenshots in Chinese and English.
 */
import { describe, expect, it } from 'vitest';
import { apiGet, saveScreenshot, useBrowser } from './browser.ts';

type IdleRow = {
  parcelId: string;
  code: string;
  status: string;
  compliance: { status: string; owedWan: number };
};
type IdleLand = {
  items: IdleRow[];
  approvedUnsupplied: { items: unknown[]; total: number; truncated: boolean; summary: { count: number } };
};

describe('contract clock in the parcel panel', () => {
  const open = useBrowser();

  it('a parcel the government has not delivered shows 交地逾期（政府原因） and no fee', async () => {
    const idle = await apiGet<IdleLand>('/api/idle-land');
    const delayed = idle.items.find((r) => r.status === 'government_delay');
    if (!delayed) throw new Error('the sample has no government-delayed parcel');
    const page = await open(`/?sel=${delayed.parcelId}`);
    await page.getByTestId('parcel-panel').waitFor();
    const status = page.getByTestId('idle-status');
    expect(await status.getAttribute('data-status')).toBe('government_delay');
    expect(await status.textContent()).toContain('交地逾期（政府原因）');
    expect(await page.getByTestId('delivery-status').textContent()).toMatch(
      /交地逾期（政府原因）.*已逾期 [\d,]+ 天未交地/,
    );
    expect(await page.getByTestId('compliance-status').textContent()).toContain('交地逾期（政府原因）');
    // No fee line at all — neither exposure nor owed.
    expect(await page.getByTestId('idle-fee').count()).toBe(0);
    // No money in the contract clock: the text says 不征闲置费 and names no amount.
    expect(await page.getByTestId('contract-clock').textContent()).toContain('不征闲置费');
    expect(await page.getByTestId('contract-clock').textContent()).not.toMatch(/[\d,.]+ (万元|亿元)/);
    expect(await page.getByTestId('grant-mode').textContent()).toContain('挂牌出让');
    await page.getByTestId('contract-clock').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'parcel-government-delay-zh');

    const en = await open(`/?sel=${delayed.parcelId}&lang=en`);
    await en.getByTestId('parcel-panel').waitFor();
    expect(await en.getByTestId('delivery-status').textContent()).toContain('Delivery overdue (government)');
    expect(await en.getByTestId('idle-fee').count()).toBe(0);
    await en.getByTestId('contract-clock').scrollIntoViewIfNeeded();
    await saveScreenshot(en, 'parcel-government-delay-en');
  });

  it('a parcel whose idle fee was levied shows it owed with the decision number', async () => {
    const idle = await apiGet<IdleLand>('/api/idle-land');
    const levied = idle.items.find((r) => r.compliance.owedWan > 0);
    if (!levied) throw new Error('the sample has no levied fee');
    const page = await open(`/?sel=${levied.parcelId}`);
    await page.getByTestId('parcel-panel').waitFor();
    expect(await page.getByTestId('idle-fee').textContent()).toMatch(
      /应缴闲置费 [\d,.]+ 万元（征缴决定 惠仲闲征〔\d{4}〕\d+号）/,
    );
    await page.getByTestId('grant-conditions').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'parcel-fee-levied-zh');
  });

  it('the idle-land tab lists government delays without a fee and 批而未供 land on its own', async () => {
    const idle = await apiGet<IdleLand>('/api/idle-land');
    const page = await open('/?tab=idle');
    const list = page.getByTestId('idle-land');
    await list.waitFor();
    const delayed = idle.items.filter((r) => r.status === 'government_delay');
    for (const r of delayed) {
      const row = page.getByTestId(`idle-row-${r.parcelId}`);
      expect(await row.getAttribute('data-status')).toBe('government_delay');
      expect(await row.textContent()).toMatch(/交地逾期 [\d,]+ 天（政府原因）/);
      expect(await row.textContent()).not.toContain('闲置费');
    }
    const unsupplied = page.getByTestId('approved-unsupplied-list');
    expect(Number(await unsupplied.getAttribute('data-count'))).toBe(idle.approvedUnsupplied.summary.count);
    // The list shows at most the answer's rows (default cap 200); when cut, a note names the full count.
    const shown = Math.min(idle.approvedUnsupplied.summary.count, 200);
    expect(idle.approvedUnsupplied.items.length).toBe(shown);
    expect(await unsupplied.locator('[data-testid^="unsupplied-row-"]').count()).toBe(shown);
    const cut = unsupplied.getByTestId('list-cut');
    if (idle.approvedUnsupplied.summary.count > 200) {
      expect(await cut.getAttribute('data-total')).toBe(String(idle.approvedUnsupplied.summary.count));
    } else {
      expect(await cut.count()).toBe(0);
    }
  });
});
