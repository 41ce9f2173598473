/** Pipeline list filters and sorting on four hand-made rows (literal expected orders). */
import { describe, expect, it } from 'vitest';
import {
  NO_PIPELINE_FILTER,
  type PipelineRowView,
  viewPipeline,
  wastePct,
} from '../../../../../client/features/land-balance/pipeline-view.ts';

const row = (p: Partial<PipelineRowView> & Pick<PipelineRowView, 'projectId' | 'name'>): PipelineRowView => ({
  industry: 'laser',
  stage: 'signed',
  platformId: 'belt-357',
  landDemandMu: 50,
  neededBy: '2018-06-30',
  status: 'unmatched',
  assignedPlatformId: null,
  crossPlatform: false,
  assignment: null,
  ...p,
});
const rows = [
  row({
    projectId: 'a',
    name: '康凯斯',
    status: 'matched',
    assignedPlatformId: 'korea',
    crossPlatform: true,
    assignment: { areaMu: 80, unusedMu: 20 },
  }),
  row({
    projectId: 'b',
    name: '云驰',
    stage: 'negotiating',
    industry: 'ai',
    neededBy: '2018-12-31',
    landDemandMu: 120,
    status: 'matched',
    assignedPlatformId: 'belt-357',
    assignment: { areaMu: 125, unusedMu: 5 },
  }),
  row({ projectId: 'c', name: '佰维', stage: 'approved', neededBy: '2018-03-31', landDemandMu: 200 }),
  row({ projectId: 'd', name: '赢合', platformId: 'huinan', landDemandMu: 10 }),
];
const name = (id: string) => id;
const ids = (rs: PipelineRowView[]) => rs.map((r) => r.projectId);

describe('viewPipeline', () => {
  it('filters by status, cross-platform, stage, industry and platform (target or assigned)', () => {
    const f = NO_PIPELINE_FILTER;
    const by = { key: 'name' as const, desc: false };
    expect(ids(viewPipeline(rows, { ...f, status: 'matched' }, by, name)).sort()).toEqual(['a', 'b']);
    expect(ids(viewPipeline(rows, { ...f, status: 'unmatched' }, by, name)).sort()).toEqual(['c', 'd']);
    expect(ids(viewPipeline(rows, { ...f, status: 'cross' }, by, name))).toEqual(['a']);
    expect(ids(viewPipeline(rows, { ...f, stage: 'approved' }, by, name))).toEqual(['c']);
    expect(ids(viewPipeline(rows, { ...f, industry: 'ai' }, by, name))).toEqual(['b']);
    expect(ids(viewPipeline(rows, { ...f, platform: 'korea' }, by, name))).toEqual(['a']);
    expect(ids(viewPipeline(rows, { ...f, platform: 'huinan' }, by, name))).toEqual(['d']);
  });

  it('sorts by need-by date, demand, stage and waste; unmatched rows last for site columns', () => {
    const f = NO_PIPELINE_FILTER;
    expect(ids(viewPipeline(rows, f, { key: 'neededBy', desc: false }, name))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(viewPipeline(rows, f, { key: 'demand', desc: true }, name))).toEqual(['c', 'b', 'a', 'd']);
    expect(
      ids(viewPipeline(rows, f, { key: 'stage', desc: true }, name))
        .slice(0, 2)
        .sort(),
    ).toEqual(['a', 'd']);
    expect(ids(viewPipeline(rows, f, { key: 'waste', desc: true }, name)).slice(0, 2)).toEqual(['a', 'b']);
    expect(ids(viewPipeline(rows, f, { key: 'waste', desc: false }, name)).slice(0, 2)).toEqual(['b', 'a']);
  });

  it('waste is the unused share of the site: 20 of 80 亩 = 25 %', () => {
    expect(wastePct(rows[0]!)).toBe(25);
    expect(wastePct(rows[2]!)).toBeNull();
  });
});
