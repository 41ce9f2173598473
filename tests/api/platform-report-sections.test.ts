/**
 * The platform report's 用地缺口, 闲置土地 and 三旧改造 sections (issue #15 item 8) read back with pdftotext and
 * checked against figures computed here from the API's own answers (GET /api/land-balance, …/matches,
 * /api/idle-land, /api/redevelopment) and geodata/targets.json — not from the report code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfToText } from '../unit/server/reports/pdf-tools.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const real = testApp({ geodataDir: REAL_GEODATA });
afterAll(real.cleanup);

const flat = (s: string) => s.replace(/\s+/g, '');
const fmt = (v: number, digits: number) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
const mu = (v: number) => fmt(v, 1);

type Gap = { supplyMu: number; demandMu: number };
type Balance = {
  shortfall: {
    byPlatform: (Gap & { platformId: string })[];
    byPlatformIndustry: (Gap & { platformId: string; industry: string })[];
    byQuarter: (Gap & { quarter: string; cumulativeShortfallMu: number })[];
  };
};
type Matches = {
  projects: {
    name: string;
    platformId: string;
    assignedPlatformId: string | null;
    crossPlatform: boolean;
    status: string;
    reason: { zh: string } | null;
  }[];
};

const P = 'zichuang';
const get = async <T>(url: string): Promise<T> => {
  const res = await real.app.request(url);
  expect(res.status, url).toBe(200);
  return (await res.json()) as T;
};
const pdfText = async (url: string) => {
  const res = await real.app.request(url);
  expect(res.status, url).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { text: flat(pdfToText(bytes)), bytes };
};
/** The text between two headings. */
const between = (text: string, from: string, to: string) => {
  const a = text.indexOf(from);
  const b = text.indexOf(to, a + from.length);
  expect(a, from).toBeGreaterThanOrEqual(0);
  expect(b, to).toBeGreaterThan(a);
  return text.slice(a, b);
};

describe('platform report sections (bundled sample, 自创区)', async () => {
  const { text, bytes } = await pdfText(`/api/reports/platforms/${P}.pdf`);
  const headings = ['用地缺口（供需与配地）', '闲置土地（参考日', '三旧改造（', '地块清单（'];

  it('puts 用地缺口, 闲置土地 and 三旧改造 first and the parcel list last, on the last pages', () => {
    const at = headings.map((h) => text.indexOf(h));
    for (const i of at) expect(i).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Nothing but the parcel table after the list's heading: the last page is table rows.
    const last = flat(pdfToText(bytes, pdfPageCount(bytes)));
    expect(last).toContain('地块编号');
    for (const h of headings.slice(0, 3)) expect(last).not.toContain(h);
  });

  it('prints the platform row as supply, demand and 富余 or 缺口 (never a bare negative), and the default policy', async () => {
    const zone = await get<Balance>('/api/land-balance');
    const row = zone.shortfall.byPlatform.find((r) => r.platformId === P)!;
    const d = row.demandMu - row.supplyMu;
    const label = d > 0 ? `缺口${mu(d)}亩` : `富余${mu(-d)}亩`;
    expect(text).toContain(`供给${mu(row.supplyMu)}亩·需求${mu(row.demandMu)}亩·${label}`);
    // The sample: 自创区 has 1,171.5 亩 in hand against 258.0 亩 of demand.
    expect(text).toContain('富余913.5亩');
    expect(text).toContain('配地策略：先配足面积（任意合适平台，签约优先）');
    expect(text).toContain('仅在目标平台内配地：否');
    const section = between(text, headings[0]!, headings[1]!);
    // No minus sign before a figure (parcel codes such as ZK-ZC-0096 have a letter before theirs).
    expect(section).not.toMatch(/(?<![A-Za-z0-9])[-−－]\d/);
  });

  it('lists each industry and quarter with its own 缺口 or 富余', async () => {
    const zone = await get<Balance>('/api/land-balance');
    const own = await get<Balance>(`/api/land-balance?platform=${P}`);
    const section = between(text, headings[0]!, headings[1]!);
    const cells = zone.shortfall.byPlatformIndustry.filter((c) => c.platformId === P && c.demandMu > 0);
    expect(cells.length).toBeGreaterThan(0);
    const industryZh: Record<string, string> = { ai: '人工智能', bigdata_iot: '大数据与物联网' };
    for (const c of cells) {
      const d = c.demandMu - c.supplyMu;
      const gap = d > 0 ? mu(d) : mu(-d);
      expect(section).toContain(`${industryZh[c.industry] ?? ''}${mu(c.demandMu)}${mu(c.supplyMu)}${gap}`);
    }
    const quarters = own.shortfall.byQuarter.filter((q) => q.demandMu > 0 || q.supplyMu > 0);
    expect(quarters.length).toBeGreaterThan(1);
    for (const q of quarters) {
      const d = q.demandMu - q.supplyMu;
      const gap = Math.abs(d) > 0.05 ? mu(Math.abs(d)) : '';
      const c = q.cumulativeShortfallMu;
      const run = c > 0.05 ? `累计缺口${mu(c)}` : c < -0.05 ? `累计富余${mu(-c)}` : '持平';
      expect(section).toContain(`${q.quarter}${mu(q.demandMu)}${mu(q.supplyMu)}${gap}${run}`);
    }
  });

  it('lists the projects placed on its sites (跨平台 marked) and its unmatched projects with reasons', async () => {
    const m = await get<Matches>('/api/land-balance/matches');
    const here = m.projects.filter((r) => r.assignedPlatformId === P);
    const away = m.projects.filter((r) => r.platformId === P && r.crossPlatform);
    const unmatched = m.projects.filter((r) => r.platformId === P && r.status === 'unmatched');
    expect(here.length).toBeGreaterThan(0);
    expect(unmatched.length).toBeGreaterThan(0);
    const placed = between(text, `配到本平台地块的项目（${here.length}个）`, '本平台目标项目配到其他平台');
    for (const r of here) expect(placed).toContain(flat(r.name));
    const foreign = here.filter((r) => r.platformId !== P).length;
    expect(foreign).toBeGreaterThan(0);
    expect(placed.split('（跨平台）').length - 1).toBe(foreign);
    expect(text).toContain(`本平台目标项目配到其他平台（跨平台，${away.length}个）`);
    const left = between(text, `本平台目标项目未配地（${unmatched.length}个）`, headings[1]!);
    for (const r of unmatched) {
      expect(left).toContain(flat(r.name));
      expect(left).toContain(flat(r.reason!.zh));
    }
  });

  it('shows the idle-land watch list of /api/idle-land with days, fees and the rule of 国土资源部令第53号', async () => {
    const idle = await get<{
      total: number;
      items: { code: string; daysToStart: number | null; status: string }[];
      summary: { feeExposureWan: number; feeOwedWan: number; areaMu: number };
    }>(`/api/idle-land?platform=${P}`);
    const section = between(text, headings[1]!, headings[2]!);
    expect(idle.total).toBeGreaterThan(0);
    expect(section).toContain(`共${idle.total}宗`);
    expect(section).toContain(`${mu(idle.summary.areaMu)}亩`);
    expect(section).toContain(`闲置费风险${fmt(idle.summary.feeExposureWan, 0)}万元`);
    expect(section).toContain(`已征缴${fmt(idle.summary.feeOwedWan, 0)}万元`);
    expect(section).toContain('《闲置土地处置办法》（国土资源部令第53号）');
    for (const r of idle.items) {
      expect(section).toContain(r.code);
      if (r.status !== 'government_delay' && r.daysToStart != null) {
        const days = r.daysToStart >= 0 ? `距动工${r.daysToStart}天` : `逾期${-r.daysToStart}天`;
        expect(section).toContain(days);
      }
    }
  });

  it('lists the 三旧 sites of /api/redevelopment with their totals against the geodata target', async () => {
    const fc = await get<{
      features: {
        properties: { code: string; areaM2: number; completedAreaM2: number; targetYear: number };
      }[];
    }>(`/api/redevelopment?platform=${P}`);
    const sites = fc.features.map((f) => f.properties);
    const section = between(text, `三旧改造（${sites.length}个地块）`, headings[3]!);
    for (const s of sites) expect(section).toContain(s.code);
    const sum = (xs: typeof sites, f: (s: (typeof sites)[number]) => number) =>
      xs.reduce((a, s) => a + f(s), 0);
    // The totals row (pdftotext reads its label after the right-aligned figures).
    expect(section).toContain('合计');
    expect(section).toContain(
      `${fmt(
        sum(sites, (s) => s.areaM2),
        0,
      )}${fmt(
        sum(sites, (s) => s.completedAreaM2),
        0,
      )}`,
    );
    const targets = JSON.parse(readFileSync(path.join(REAL_GEODATA, 'targets.json'), 'utf8')) as {
      scope: string;
      metric: string;
      year: number;
      value: number;
    }[];
    const t = targets.find((x) => x.scope === P && x.metric === 'redevelopment_area')!;
    const ofYear = sites.filter((s) => s.targetYear === t.year);
    const done = sum(ofYear, (s) => s.completedAreaM2);
    expect(section).toContain(
      `${t.year}年${fmt(t.value, 0)}${fmt(done, 0)}${fmt((100 * done) / t.value, 1)}%`,
    );
    // The article's 2018 target of 13万㎡ for 自创区, 37,096 ㎡ completed on the sample.
    expect(section).toContain('2018年130,00037,09628.5%');
  });
});

describe('platform report land-balance options', () => {
  it('prints the chosen policy and keeps every target project at home under keepTarget', async () => {
    const q = 'policy=target_first&keepTarget=true&slack=0.5';
    const { text } = await pdfText(`/api/reports/platforms/${P}.pdf?${q}`);
    expect(text).toContain('配地策略：先配目标平台（签约优先）');
    expect(text).toContain('仅在目标平台内配地：是');
    expect(text).toContain('地块面积容差：50%');
    const m = await get<Matches>(`/api/land-balance/matches?${q}`);
    const here = m.projects.filter((r) => r.assignedPlatformId === P);
    expect(m.projects.some((r) => r.crossPlatform)).toBe(false);
    expect(text).toContain(`配到本平台地块的项目（${here.length}个）`);
    expect(text).not.toContain('（跨平台）');
  });

  it.each([
    ['policy=nearest', 'policy'],
    ['keepTarget=yes', 'keepTarget'],
    ['slack=2.5', 'slack'],
    ['slack=abc', 'slack'],
    ['horizon=2017-01-01', 'horizon'],
    ['refDate=2018-02-30', 'refDate'],
    ['industry=steel', 'industry'],
    ['platform=belt-357', 'platform'],
    ['lang=en', 'lang'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const res = await real.app.request(`/api/reports/platforms/${P}.pdf?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(body.error.field).toBe(field);
  });

  it('accepts platform equal to the path and still answers 404 for an unknown platform', async () => {
    expect((await real.app.request(`/api/reports/platforms/nowhere.pdf?policy=area_first`)).status).toBe(404);
  });
});
