import { describe, expect, it } from 'vitest';
import { formatMu } from '../../../../domain/format.ts';
import { parcelDossierPdf } from '../../../../server/reports/parcel-dossier-pdf.ts';
import { dossierModel, events } from './fixture-models.ts';
import { inkFraction, pdfFonts, pdfPageCount, pdfToText } from './pdf-tools.ts';

// pdftotext may break lines between table cells; compare without whitespace.
const flat = (s: string) => s.replace(/\s+/g, '');

describe('parcel dossier PDF', async () => {
  const pdf = await parcelDossierPdf(dossierModel, '仲恺');
  const text = pdfToText(pdf);

  it('has the code, platform, area in 亩 and ㎡, enterprise and state in Chinese, as selectable text', () => {
    expect(text).toContain('地块报告');
    expect(text).toContain('ZK357-002');
    expect(text).toContain('357创新产业带');
    expect(flat(text)).toContain(flat(formatMu(dossierModel.parcel.areaMu, 'zh-CN'))); // e.g. 105.2 亩
    expect(flat(text)).toContain('70,110㎡');
    expect(flat(text)).toContain('深圳佰维存储科技股份有限公司');
    expect(text).toContain('已交地');
    expect(text).toContain('一类工业用地');
    expect(text).toContain('2017年3月31日'); // agreed start
    expect(text).toContain('已超约定开工日期'); // idle-land status
  });

  it('lists the state timeline and the provenance footer with as-of date and data version', () => {
    expect(text).toContain('纳入土地储备');
    expect(text).toContain('签订出让合同');
    expect(text).toContain('数据截至 2018年3月9日');
    expect(text).toContain('数据版本 3f9a2c1d');
    expect(text).toContain('生成时间 2018-03-09 10:00');
    expect(text).toContain('几何图形为示意');
  });

  it('labels the map: scale bar in metres, north arrow, road name', () => {
    expect(text).toMatch(/\d+ (米|公里)/);
    expect(text).toContain('北');
    expect(text).toContain('惠州大道 S357');
  });

  it('prints the grant and its conditions (出让条件) and the contract clock with its 补充协议', () => {
    const f = flat(text);
    expect(f).toContain('出让方式挂牌出让');
    expect(f).toContain('容积率1.2–2.5');
    expect(f).toContain('建筑系数≥35%');
    expect(f).toContain('投资强度承诺300万元/亩（4,500元/㎡）');
    // Delivered 51 days late: the government's delay, and the amendment's start.
    expect(f).toContain('2017年2月20日（逾期51天，政府原因');
    expect(f).toContain('现行约定开工');
    expect(f).toContain('2017年12月31日');
    expect(f).toContain('惠仲国土补〔2017〕7号');
    expect(f).toContain('配套道路未建成，经协商延期动工');
  });

  it('prints 四至 and the 界址点 table in EPSG:4547 (X/Y as GDAL gives them) with lon/lat', () => {
    const f = flat(text);
    expect(f).toContain('北至ZK357-006');
    expect(f).toContain('南至惠州大道');
    expect(f).toContain('EPSG:4547');
    // gdaltransform -s_srs EPSG:4326 -t_srs EPSG:4547: 114.2614 22.998 → 526799.850719917 2544339.9758059
    expect(f).toContain('J12544339.976526799.851114.26140022.998000');
    // 114.2642 23.0002 → 527086.481205407 2544584.12885046
    expect(f).toContain('J32544584.129527086.481114.26420023.000200');
  });

  it('is two A4 pages with a drawn map, and embeds a subset of the CJK font with a ToUnicode map', () => {
    expect(pdfPageCount(pdf)).toBe(2);
    // A blank page has 0 ink; the map alone covers ~25 % of the page.
    expect(inkFraction(pdf)).toBeGreaterThan(0.1);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansHans/);
      expect(f).toMatchObject({ emb: true, sub: true, uni: true });
    }
  });

  it('is byte-identical when regenerated from the same model', async () => {
    expect((await parcelDossierPdf(dossierModel, '仲恺')).equals(pdf)).toBe(true);
  });

  it('runs onto a further page when the history is long, keeping the footer on each', async () => {
    const long = Array.from({ length: 40 }, (_, i) => ({
      ...events[i % events.length]!,
      note: `第 ${i + 1} 次变更`,
    }));
    const three = await parcelDossierPdf({ ...dossierModel, events: long }, '仲恺');
    expect(pdfPageCount(three)).toBe(3);
    expect(pdfToText(three, 3)).toContain('第 40 次变更');
    expect(flat(pdfToText(three, 3))).toContain('第3/3页');
  });

  it('prints a note instead of a table when the parcel has no project', async () => {
    const none = pdfToText(await parcelDossierPdf({ ...dossierModel, projects: [], idle: null }, '仲恺'));
    expect(none).toContain('本地块暂无关联项目');
    expect(none).not.toContain('闲置土地');
  });
});
