import { describe, expect, it } from 'vitest';
import type { CarryParcel } from '../../../../domain/parcel-edit/carry-over-plan.ts';
import { planMerge } from '../../../../domain/parcel-edit/merge-carry-over.ts';
import { apportionWan, planSplit } from '../../../../domain/parcel-edit/split-carry-over.ts';
import { rect } from './spherical-rectangle.ts';

const granted: CarryParcel = {
  id: 'p-0175',
  code: 'ZK-ZC-0175',
  platformId: 'zichuang',
  town: '惠环',
  landUse: '100101',
  plotRatioMax: 3,
  state: 'transferred',
  stateSince: '2017-06-16',
  expectedReadyDate: null,
  contract: {
    signed: '2017-06-16',
    agreedDelivery: '2017-09-01',
    agreedStart: '2018-03-01',
    agreedCompletion: '2020-03-01',
  },
  landPriceWan: 1000,
  projectIds: ['prj-a', 'prj-b'],
  areaM2: 30000,
};
const W = 114.35;
const S = 23.05;
const parts = [
  { code: 'ZK-ZC-0175-1', areaM2: 20000, geometry: rect(W, S, W + 0.002, S + 0.001) },
  { code: 'ZK-ZC-0175-2', areaM2: 10000, geometry: rect(W + 0.002, S, W + 0.003, S + 0.001) },
];

describe('split carry-over plan', () => {
  it('parts keep state, stateSince and contract; the price is shared by area; events stay on the parent', () => {
    const plan = planSplit(granted, parts, '2018-05-02');
    if ('ok' in plan) throw new Error(plan.message);
    expect(plan.retire).toEqual([{ parcelId: 'p-0175', code: 'ZK-ZC-0175', reason: 'split' }]);
    expect(
      plan.created.map((c) => [c.code, c.state, c.stateSince, c.landPriceWan, c.contract.agreedStart]),
    ).toEqual([
      ['ZK-ZC-0175-1', 'transferred', '2017-06-16', 666.67, '2018-03-01'],
      ['ZK-ZC-0175-2', 'transferred', '2017-06-16', 333.33, '2018-03-01'],
    ]);
    expect(plan.created[0]!.derivedFrom).toEqual(['p-0175']);
    expect(plan.created[1]!.openingEvent).toEqual({
      from: null,
      to: 'transferred',
      date: '2018-05-02',
      note: '由 ZK-ZC-0175 分宗 / split from ZK-ZC-0175',
    });
    expect(plan.created[0]!.areaMu).toBeCloseTo(30, 9); // 20,000 ㎡ = 30 亩
    expect(plan.rules.map((r) => r.topic)).toEqual([
      'retire',
      'state',
      'events',
      'contract',
      'land_price',
      'projects',
      'projects',
    ]);
    expect(plan.rules.find((r) => r.topic === 'land_price')!.zh).toBe(
      '出让价款 1000 万元按面积分摊：ZK-ZC-0175-1 666.67，ZK-ZC-0175-2 333.33 万元。',
    );
  });

  it('project links go to every part unless the editor assigns them', () => {
    const plan = planSplit(granted, parts, '2018-05-02', { projectParts: { 'prj-b': [1] } });
    if ('ok' in plan) throw new Error(plan.message);
    expect(plan.created.map((c) => c.projectIds)).toEqual([['prj-a'], ['prj-a', 'prj-b']]);
    expect(plan.rules.filter((r) => r.topic === 'projects').map((r) => r.en)).toEqual([
      'Project prj-a is linked to ZK-ZC-0175-1、ZK-ZC-0175-2.',
      'Project prj-b is linked to ZK-ZC-0175-2.',
    ]);
  });

  it('a project must keep at least one part, and only linked projects can be assigned', () => {
    const none = planSplit(granted, parts, '2018-05-02', { projectParts: { 'prj-b': [] } });
    expect('ok' in none && none.reason).toBe('invalid_assignment');
    const stranger = planSplit(granted, parts, '2018-05-02', { projectParts: { 'prj-x': [0] } });
    expect('ok' in stranger && stranger.reason).toBe('invalid_assignment');
  });

  it('a 三旧 site moves to the part it overlaps most', () => {
    const site = { id: 'rd-9', geometry: rect(W + 0.0025, S, W + 0.0035, S + 0.001) };
    const plan = planSplit(granted, parts, '2018-05-02', { redevelopmentSites: [site] });
    if ('ok' in plan) throw new Error(plan.message);
    expect(plan.redevelopment).toEqual([{ siteId: 'rd-9', toCode: 'ZK-ZC-0175-2' }]);
  });

  it('a listed parcel cannot be split (国土资源部令第39号 第九条: the announcement fixes the parcel)', () => {
    const r = planSplit(
      {
        ...granted,
        state: 'listed',
        contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
        landPriceWan: null,
      },
      parts,
      '2018-05-02',
    );
    expect('ok' in r && r.reason).toBe('state_locked');
  });

  it('apportionWan sums exactly to the total', () => {
    expect(apportionWan(100, [1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(apportionWan(0.05, [3, 1])).toEqual([0.04, 0.01]);
  });
});

const ready = (id: string, over: Partial<CarryParcel> = {}): CarryParcel => ({
  ...granted,
  id,
  code: `ZK-HN-${id}`,
  platformId: 'huinan',
  state: 'ready',
  stateSince: '2017-01-10',
  expectedReadyDate: null,
  contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
  landPriceWan: null,
  projectIds: [],
  ...over,
});

describe('merge carry-over plan', () => {
  it('latest stateSince, lowest plot ratio, town of the largest, union of links, all parents retired', () => {
    const a = ready('0010', { stateSince: '2016-05-01', plotRatioMax: 2.5, town: '沥林', areaM2: 10000 });
    const b = ready('0011', {
      stateSince: '2017-03-02',
      plotRatioMax: 3.2,
      town: '陈江',
      areaM2: 25000,
      projectIds: ['prj-z'],
    });
    const plan = planMerge([a, b], { code: 'ZK-HN-0010-1', areaM2: 35000 }, '2018-04-01');
    if ('ok' in plan) throw new Error(plan.message);
    const c = plan.created[0]!;
    expect([
      c.state,
      c.stateSince,
      c.plotRatioMax,
      c.town,
      c.projectIds,
      c.derivedFrom,
      c.landPriceWan,
    ]).toEqual(['ready', '2017-03-02', 2.5, '陈江', ['prj-z'], ['0010', '0011'], null]);
    expect(plan.retire.map((r) => r.code)).toEqual(['ZK-HN-0010', 'ZK-HN-0011']);
    expect(plan.rules.find((r) => r.topic === 'attributes')!.zh).toBe(
      '容积率上限取较低值 2.5（原为 2.5、3.2）。',
    );
  });

  it('refuses parcels in different states, platforms or land uses, naming the parcel', () => {
    const a = ready('0010');
    expect(
      planMerge([a, ready('0011', { state: 'reserve' })], { code: 'X', areaM2: 1 }, '2018-04-01'),
    ).toMatchObject({ reason: 'different_state', parcelCode: 'ZK-HN-0011' });
    expect(
      planMerge([a, ready('0011', { platformId: 'huihuan' })], { code: 'X', areaM2: 1 }, '2018-04-01'),
    ).toMatchObject({ reason: 'different_platform' });
    expect(
      planMerge([a, ready('0011', { landUse: '0802' })], { code: 'X', areaM2: 1 }, '2018-04-01'),
    ).toMatchObject({ reason: 'different_land_use' });
  });

  it('granted parcels merge only within one holder and one contract; prices add up', () => {
    const a = { ...granted, id: 'a', code: 'ZK-ZC-0175' };
    const b = { ...granted, id: 'b', code: 'ZK-ZC-0176', landPriceWan: 250.5 };
    const plan = planMerge([a, b], { code: 'ZK-ZC-0175-1', areaM2: 60000 }, '2018-04-01');
    if ('ok' in plan) throw new Error(plan.message);
    expect(plan.created[0]!.landPriceWan).toBe(1250.5);
    expect(
      planMerge([a, { ...b, projectIds: ['prj-a'] }], { code: 'X', areaM2: 1 }, '2018-04-01'),
    ).toMatchObject({ reason: 'different_holders' });
    const amended = { ...b, contract: { ...b.contract, agreedStart: '2018-09-01' } };
    expect(planMerge([a, amended], { code: 'X', areaM2: 1 }, '2018-04-01')).toMatchObject({
      reason: 'contracts_differ',
    });
  });
});
