import { describe, expect, it } from 'vitest';
import { idleLandStatus } from '../../../../domain/indicators.ts';
import { describeParcelFilter } from '../../../../server/reports/filter-label.ts';
import { idleSummary } from '../../../../server/reports/idle-summary.ts';

const none = { platform: [], state: [], landUse: [], industry: [] };
const names = { 'belt-357': '357创新产业带' };

describe('export file-name words of a filter', () => {
  it('is 全部 / all without filters', () => {
    expect(describeParcelFilter(none, names)).toEqual({ zh: '全部', ascii: 'all' });
  });

  it('names the platform, states, area range and bbox in Chinese, with an ASCII slug', () => {
    const d = describeParcelFilter(
      {
        ...none,
        platform: ['belt-357'],
        state: ['ready', 'listed'],
        minAreaMu: 20,
        maxAreaMu: 1000,
        bbox: [1, 2, 3, 4],
      },
      names,
    );
    expect(d.zh).toBe('357创新产业带_净地可供+挂牌_20-1,000亩_视野范围');
    expect(d.ascii).toBe('belt-357_ready+listed_20-1000mu_bbox');
  });
});

describe('idle-land line of the dossier', () => {
  const transferred = { state: 'transferred' as const, landPriceWan: 3000 };

  it('is absent before transfer and calm once building has started', () => {
    expect(
      idleSummary(
        idleLandStatus({ state: 'ready', contract: { agreedStart: null }, landPriceWan: null }, '2018-03-09'),
        '2018-03-09',
      ),
    ).toBeNull();
    const started = idleSummary(
      idleLandStatus(
        { state: 'under_construction', contract: { agreedStart: '2016-01-01' }, landPriceWan: 1 },
        '2018-03-09',
      ),
      '2018-03-09',
    );
    expect(started).toEqual({ labelZh: '已开工，不计闲置', detailZh: null, warning: false });
  });

  it('warns with the fee once a year late, and says when the land can be taken back', () => {
    const s = idleSummary(
      idleLandStatus({ ...transferred, contract: { agreedStart: '2017-01-01' } }, '2018-03-09'),
      '2018-03-09',
    );
    expect(s?.warning).toBe(true);
    expect(s?.labelZh).toContain('闲置满一年（逾期 432 天）');
    expect(s?.detailZh).toContain('应征收土地闲置费 600 万元');
    expect(s?.detailZh).toContain('再过 298 天（2019年1月1日）可无偿收回');
  });

  it('counts down before the agreed start', () => {
    const s = idleSummary(
      idleLandStatus({ ...transferred, contract: { agreedStart: '2018-05-20' } }, '2018-03-09'),
      '2018-03-09',
    );
    expect(s?.labelZh).toBe('即将到期：距约定开工 72 天（参考日 2018年3月9日）');
  });
});
