/** Lock rules on the two-platform case (two-platforms-fixture.ts): each refusal names the rule it breaks. */
import { describe, expect, it } from 'vitest';
import { checkLock } from '../../../../domain/land-balance/index.ts';
import { pipelineProject } from '../../../fixtures/pipeline-project.ts';
import { input } from './two-platforms-fixture.ts';

const small = pipelineProject({
  id: 'small',
  name: '小项目',
  enterprise: '小项目',
  industry: 'laser',
  investmentWan: 1000,
  landDemandMu: 20,
  stage: 'approved',
  targetPlatformId: 'pa',
});
const late = pipelineProject({
  id: 'late',
  name: '急项目',
  enterprise: '急项目',
  industry: 'laser',
  investmentWan: 1000,
  landDemandMu: 50,
  stage: 'signed',
  targetPlatformId: 'pa',
  neededBy: '2018-06-30',
});
const withMore = { ...input, projects: [...input.projects, small, late] };

describe('checkLock', () => {
  it('accepts a site the project fits (康凯斯 on P, its target)', () => {
    expect(checkLock(input, 'kks', 'P')).toBeNull();
    expect(checkLock(input, 'kks', 'Q')).toBeNull();
  });
  it('refuses a platform neither target nor focused on the industry (云驰 on Q)', () => {
    expect(checkLock(input, 'yc', 'Q')?.rule).toBe('platform');
  });
  it('refuses a parcel that is not supply, and parcels on two platforms', () => {
    expect(checkLock(input, 'kks', 'Z')?.rule).toBe('site_not_supply');
    expect(checkLock(input, 'kks', 'P+Q')?.rule).toBe('site_not_connected');
  });
  it('refuses a site outside the demand window (20 亩 demand, 61 亩 site, slack 30 %)', () => {
    expect(checkLock(withMore, 'small', 'Q')?.rule).toBe('area_window');
  });
  it('refuses an unknown project', () => {
    expect(checkLock(input, 'nobody', 'P')?.rule).toBe('not_in_pipeline');
  });
  it('refuses a reserve parcel ready after the needed-by date', () => {
    const reserve = withMore.parcels.map((p) =>
      p.id === 'Q' ? { ...p, state: 'reserve' as const, expectedReadyDate: '2019-01-01' } : p,
    );
    const opts = { ...withMore, parcels: reserve, options: { ...withMore.options, includeReserve: true } };
    expect(checkLock(opts, 'late', 'Q')?.rule).toBe('not_ready_in_time');
    expect(checkLock({ ...opts, options: withMore.options }, 'late', 'Q')?.rule).toBe('site_not_supply');
  });
});
