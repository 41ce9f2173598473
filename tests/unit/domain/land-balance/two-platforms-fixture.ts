/**
 * A hand-made two-platform case for trade-off and lock tests. Two ready parcels of about 61 亩, far apart:
 * P on platform pb (focus 半导体), Q on pa (focus 激光). 康凯斯 (签约, 激光, 50 亩, target pb) fits P (its
 * target, rank 1) and Q (激光 focus, rank 2); 云驰 (在谈, 半导体, 50 亩, target pb) fits only P.
 */
import { area } from '@turf/turf';
import type { ParcelWithGeometry } from '../../../../domain/land-balance/options.ts';
import { m2ToMu } from '../../../../domain/units.ts';
import { pipelineProject } from '../../../fixtures/pipeline-project.ts';
import { AS_OF, PLATFORMS } from './random-instance.ts';

export const parcel = (id: string, platformId: string, x: number): ParcelWithGeometry => {
  const ring = [
    [x, 23],
    [x + 0.002, 23],
    [x + 0.002, 23.0018],
    [x, 23.0018],
    [x, 23],
  ];
  const geometry = { type: 'Polygon' as const, coordinates: [ring] };
  const areaM2 = area({ type: 'Feature', geometry, properties: {} });
  return {
    id,
    code: `ZK-${id}`,
    platformId,
    town: '',
    landUse: '1001',
    areaM2,
    areaMu: m2ToMu(areaM2),
    plotRatioMax: 2,
    state: 'ready',
    stateSince: '2017-01-01',
    expectedReadyDate: null,
    contract: { signed: null, agreedDelivery: null, agreedStart: null, agreedCompletion: null },
    landPriceWan: null,
    projectIds: [],
    version: 1,
    geometry,
  };
};

export const parcels = [parcel('P', 'pb', 114.2), parcel('Q', 'pa', 114.3)];
export const kangkaisi = pipelineProject({
  id: 'kks',
  name: '康凯斯',
  enterprise: '康凯斯',
  industry: 'laser',
  investmentWan: 30000,
  landDemandMu: 50,
  stage: 'signed',
  targetPlatformId: 'pb',
});
export const yunchi = pipelineProject({
  id: 'yc',
  name: '云驰',
  enterprise: '云驰',
  industry: 'semiconductor',
  investmentWan: 10000,
  landDemandMu: 50,
  stage: 'negotiating',
  targetPlatformId: 'pb',
});
export const input = {
  parcels,
  projects: [kangkaisi, yunchi],
  platforms: PLATFORMS,
  redevelopment: [],
  options: { asOf: AS_OF, slack: 0.3, maxGroupSize: 1 },
};
