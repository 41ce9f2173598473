import { describe, expect, it } from 'vitest';
import { platformReportPdf } from '../../../../server/reports/platform-report-pdf.ts';
import { summarisePlatform } from '../../../../server/reports/platform-summary.ts';
import { platformModel, rows } from './fixture-models.ts';
import { inkFraction, pdfPageCount, pdfToText } from './pdf-tools.ts';

const flat = (s: string) => s.replace(/\s+/g, '');

describe('platform report PDF', async () => {
  // 8 copies of the 12 fixture parcels: a list long enough to run over several pages.
  const many = Array.from({ length: 8 }, (_, k) =>
    rows.map((r) => ({
      ...r,
      parcel: { ...r.parcel, id: `${r.parcel.id}-${k}`, code: `${r.parcel.code}-${k}` },
    })),
  ).flat();
  const pdf = await platformReportPdf({ ...platformModel, rows: many }, '仲恺');
  const pages = pdfPageCount(pdf);

  it('shows the summary figures, the state legend and the targets', () => {
    const p1 = flat(pdfToText(pdf, 1));
    expect(p1).toContain('平台报告357创新产业带');
    expect(p1).toContain('96宗');
    expect(p1).toContain('签约及以上项目');
    expect(p1).toContain('净地可供');
    expect(p1).toContain('平台边界');
    const all = flat(pdfToText(pdf));
    expect(all).toContain('2020年规上工业总产值');
    expect(all).toContain('25.0%'); // 50 of 200 亿元
    expect(all).toContain('半导体');
  });

  it('continues the parcel table across pages with its header repeated', () => {
    expect(pages).toBeGreaterThanOrEqual(3);
    const last = pdfToText(pdf, pages);
    expect(last).toContain('地块编号');
    expect(last).toContain('供地状态');
    const all = pdfToText(pdf);
    for (const r of many) expect(all).toContain(r.parcel.code);
    expect(flat(pdfToText(pdf, pages))).toContain(`第${pages}/${pages}页`);
  });

  it('draws the map on page 1: not blank, and darker with parcels than without', async () => {
    const ink = inkFraction(pdf, 1);
    expect(ink).toBeGreaterThan(0.03);
    const empty = await platformReportPdf({ ...platformModel, rows: [] }, '仲恺');
    expect(ink).toBeGreaterThan(inkFraction(empty, 1));
  });

  it('summarises parcels by state and projects by stage and industry', () => {
    const s = summarisePlatform(
      rows.map((r) => r.parcel),
      platformModel.projects,
    );
    expect(s.parcelCount).toBe(12);
    expect(s.byState.reduce((n, t) => n + t.count, 0)).toBe(12);
    expect(s.byState.reduce((n, t) => n + t.total, 0)).toBeCloseTo(s.parcelAreaM2, 6);
    const ready = rows.filter((r) => r.parcel.state === 'ready' || r.parcel.state === 'listed');
    expect(s.availableM2).toBeCloseTo(
      ready.reduce((n, r) => n + r.parcel.areaM2, 0),
      6,
    );
    expect(s.signed).toEqual({ count: 2, investmentWan: 135000 });
    expect(s.landed).toEqual({ count: 1, investmentWan: 100000 });
  });

  it('writes each money column in one unit and shows the expected figure of a target', () => {
    const all = flat(pdfToText(pdf));
    // byIndustry holds 8,000 万元 and 15 亿元: the whole column is in 亿元.
    expect(all).toContain('激光10.80亿元');
    expect(all).not.toContain('8,000万元');
    expect(all).toContain('预期212.60亿元');
  });

  it('labels a shortage 缺口 and a surplus 富余, never a bare negative, before the parcel list', async () => {
    const all = flat(pdfToText(pdf));
    // Fixture: 120 亩 in hand against 150.5 亩 of demand.
    expect(all).toContain('供给120.0亩·需求150.5亩·缺口30.5亩');
    const surplus = await platformReportPdf(
      {
        ...platformModel,
        landBalance: {
          ...platformModel.landBalance,
          platform: { supplyMu: 200, demandMu: 150.5, shortageMu: 0, surplusMu: 49.5 },
        },
      },
      '仲恺',
    );
    const text = flat(pdfToText(surplus));
    expect(text).toContain('供给200.0亩·需求150.5亩·富余49.5亩');
    expect(text).not.toContain('-49.5');
    const order = ['用地缺口（', '闲置土地（', '三旧改造（', '地块清单（'].map((h) => all.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
