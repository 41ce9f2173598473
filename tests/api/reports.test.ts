import { afterAll, describe, expect, it } from 'vitest';
import { INDUSTRY_ZH, type Industry } from '../../domain/enums.ts';
import { formatMu } from '../../domain/format.ts';
import { inkFraction, pdfPageCount, pdfToText } from '../unit/server/reports/pdf-tools.ts';
import { REAL_GEODATA, testApp } from './helpers/test-app.ts';

const { app, cleanup } = testApp();
afterAll(cleanup);

const flat = (s: string) => s.replace(/\s+/g, '');
const filenameStar = (cd: string | null) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(cd ?? '')?.[1] ?? '');

async function pdf(url: string) {
  const res = await app.request(url);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('GET /api/reports/parcels/:id.pdf', () => {
  it('is a PDF dossier with the code, area in 亩, enterprise and state in Chinese', async () => {
    const detail = (await (await app.request('/api/parcels/P-001')).json()) as {
      areaMu: number;
      code: string;
    };
    const { res, bytes } = await pdf('/api/reports/parcels/P-001.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(filenameStar(res.headers.get('content-disposition'))).toBe('地块报告_ZK-2017-001_2018-03-09.pdf');
    expect(res.headers.get('content-disposition')).toContain(
      'filename="parcel-dossier_ZK-2017-001_2018-03-09.pdf"',
    );
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = flat(pdfToText(bytes));
    expect(text).toContain(detail.code);
    expect(text).toContain(flat(formatMu(detail.areaMu, 'zh-CN')));
    expect(text).toContain('深圳佰维存储科技股份有限公司');
    expect(text).toContain('已出让');
    expect(text).toContain('测试产业带');
    expect(text).toContain('数据截至2018年3月9日');
    // Grant conditions, the government's delivery delay and the 界址点 table follow the attributes: two pages.
    expect(pdfPageCount(bytes)).toBe(2);
    expect(text).toContain('出让方式挂牌出让');
    expect(text).toContain('交地逾期（政府原因）423天');
    // J1 (114.21, 22.98): gdaltransform -s_srs EPSG:4326 -t_srs EPSG:4547 → 521532.936904756 2542338.10723883.
    expect(text).toContain('J12542338.107521532.937114.21000022.980000');
    expect(inkFraction(bytes)).toBeGreaterThan(0.05);
  });

  it('answers 404 with a JSON error for an unknown parcel', async () => {
    const res = await app.request('/api/reports/parcels/NOPE.pdf');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers 404 without the .pdf extension', async () => {
    expect((await app.request('/api/reports/parcels/P-001')).status).toBe(404);
  });
});

describe('GET /api/reports/platforms/:id.pdf', () => {
  it('is a PDF platform report listing every parcel of the platform', async () => {
    const { res, bytes } = await pdf('/api/reports/platforms/test-belt.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(filenameStar(res.headers.get('content-disposition'))).toBe('平台报告_测试产业带_2018-03-09.pdf');
    const text = flat(pdfToText(bytes));
    expect(text).toContain('平台报告测试产业带');
    for (const code of ['ZK-2017-001', 'ZK-2017-002', 'ZK-2018-003']) expect(text).toContain(code);
    expect(text).not.toContain('ZK-2014-004'); // another platform's parcel
    expect(text).toContain('地块清单（3宗）');
    expect(inkFraction(bytes)).toBeGreaterThan(0.03);
  });

  it('answers 404 for an unknown platform', async () => {
    const res = await app.request('/api/reports/platforms/nowhere.pdf');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('platform report PDF against the API (bundled sample)', () => {
  const real = testApp({ geodataDir: REAL_GEODATA });
  afterAll(real.cleanup);

  it('lists projects by industry exactly as /api/platforms/:id (terminated left out), in one unit', async () => {
    const api = (await (await real.app.request('/api/platforms/belt-357')).json()) as {
      projects: { byIndustry: Partial<Record<Industry, { count: number; investmentWan: number }>> };
    };
    const res = await real.app.request('/api/reports/platforms/belt-357.pdf');
    const text = flat(pdfToText(Buffer.from(await res.arrayBuffer())));
    const table = text.slice(text.indexOf('产业项目数计划投资'), text.indexOf('目标与进展'));
    const rows = Object.entries(api.projects.byIndustry);
    expect(rows.length).toBeGreaterThan(0);
    for (const [key, t] of rows) {
      // Every row is in 亿元 (the column reaches 1 亿元), two decimals: 半导体 10 / 671,000 万元 → 67.10 亿元.
      const yi = (t.investmentWan / 10_000).toFixed(2);
      expect(table).toContain(`${INDUSTRY_ZH[key as Industry]}${t.count}${yi}亿元`);
    }
    expect(table).toContain('半导体1067.10亿元');
    expect(table).not.toContain('万元');
    // The stage table's 终止 row follows its column's unit too.
    expect(text).toMatch(/终止\d+0\.80亿元/);
  });

  it('shows the 规上工业总产值 expected figure the dashboard computes', async () => {
    const dash = (await (await real.app.request('/api/dashboard?platform=belt-357')).json()) as {
      targets: { scope: string; metric: string; planned: number | null }[];
    };
    const output = dash.targets.find((t) => t.scope === 'belt-357' && t.metric === 'industrial_output');
    expect(output?.planned).toBeGreaterThan(0);
    const res = await real.app.request('/api/reports/platforms/belt-357.pdf');
    const text = flat(pdfToText(Buffer.from(await res.arrayBuffer())));
    expect(text).toContain(`预期${output!.planned!.toFixed(2)}亿元`);
  });
});
