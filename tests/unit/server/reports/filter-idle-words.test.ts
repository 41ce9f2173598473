import { describe, expect, it } from 'vitest';
import type { LandState } from '../../../../domain/enums.ts';
import { type GrantRecords, NO_GRANT_RECORDS } from '../../../../domain/grant-records.ts';
import { parcelSupervision } from '../../../../domain/parcel-supervision.ts';
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

describe('idle-land line of the dossier (国土资源部令第53号)', () => {
  const base = {
    landUse: '100101' as const,
    expectedReadyDate: null,
    landPriceWan: 3000,
    contract: {
      signed: '2016-06-01',
      agreedDelivery: '2016-09-01',
      agreedStart: '2017-01-01',
      agreedCompletion: '2019-01-01',
    },
  };
  const line = (state: LandState, records: Partial<GrantRecords> = {}) =>
    idleSummary(
      parcelSupervision({ ...base, state }, { ...NO_GRANT_RECORDS, ...records }, '2018-03-09'),
      '2018-03-09',
    );

  it('is absent before transfer and calm once 动工 is verified (第三十条)', () => {
    expect(line('ready')).toBeNull();
    expect(line('under_construction', { started: { date: '2017-02-01', evidence: 'piles_done' } })).toEqual({
      labelZh: '已动工，不计闲置',
      detailZh: null,
      warning: false,
    });
  });

  it('says 疑似闲置 with the fee as exposure once a year late, and when two years are up', () => {
    const s = line('delivered', { deliveryActual: '2016-09-01' });
    expect(s?.warning).toBe(true);
    expect(s?.labelZh).toContain('疑似闲置：满一年未动工（逾期 432 天）');
    expect(s?.detailZh).toContain('闲置费风险 600 万元（认定并作出征缴决定前不计为应缴）');
    expect(s?.detailZh).toContain('再过 298 天（2019年1月1日）满两年');
  });

  it('a government delivery delay (第八条) is said so, without a fee', () => {
    const s = line('transferred');
    expect(s?.labelZh).toBe('交地逾期（政府原因）554 天（参考日 2018年3月9日）');
    expect(s?.detailZh).toContain('不计闲置、不征闲置费');
    expect(s?.detailZh).not.toMatch(/\d+ 万元/);
  });

  it('counts down before the agreed start', () => {
    const s = idleSummary(
      parcelSupervision(
        {
          ...base,
          state: 'transferred',
          contract: { ...base.contract, agreedDelivery: '2018-03-01', agreedStart: '2018-05-20' },
        },
        { ...NO_GRANT_RECORDS, deliveryActual: '2018-03-01' },
        '2018-03-09',
      ),
      '2018-03-09',
    );
    expect(s?.labelZh).toBe('即将到期：距约定开工 72 天（参考日 2018年3月9日）');
  });
});
