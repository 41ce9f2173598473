import { describe, expect, it } from 'vitest';
import {
  addToMerge,
  clearMerge,
  getMergeList,
  removeFromMerge,
} from '../../../../../client/features/geometry-edit/merge-list-store.ts';
import { previewRows } from '../../../../../client/features/geometry-edit/split-preview.ts';
import type { CarryOverPlan, NewParcelPlan } from '../../../../../domain/parcel-edit/carry-over-plan.ts';

const part = (code: string, areaM2: number): NewParcelPlan =>
  ({ code, areaM2, areaMu: (areaM2 * 15) / 10_000 }) as NewParcelPlan;

const plan: CarryOverPlan = {
  kind: 'split',
  date: '2018-03-09',
  retire: [{ parcelId: 'p-0023', code: 'ZK-357-0023', reason: 'split' }],
  created: [part('ZK-357-0023-1', 12_838), part('ZK-357-0023-2', 12_835)],
  redevelopment: [],
  rules: [
    { topic: 'retire', zh: 'ZK-357-0023 注销（不删除）', en: 'ZK-357-0023 is retired (not deleted)' },
    { topic: 'events', zh: '历史事件留在原地块', en: 'events stay with the old parcel' },
  ],
};

describe('the split preview’s rows', () => {
  it('lists each new parcel with ㎡ and 亩 (1 亩 = 10000/15 ㎡) and their total', () => {
    const rows = previewRows(plan, 'zh-CN');
    expect(rows.parts.map((p) => [p.code, p.areaM2])).toEqual([
      ['ZK-357-0023-1', 12_838],
      ['ZK-357-0023-2', 12_835],
    ]);
    expect(rows.parts[0]!.areaMu).toBeCloseTo(19.257, 3);
    expect(rows.totalM2).toBe(25_673);
  });

  it('gives the carry-over rules in the UI language, in the server’s order', () => {
    expect(previewRows(plan, 'en').rules).toEqual([
      { topic: 'retire', text: 'ZK-357-0023 is retired (not deleted)' },
      { topic: 'events', text: 'events stay with the old parcel' },
    ]);
    expect(previewRows(plan, 'zh-CN').rules[1]!.text).toBe('历史事件留在原地块');
  });
});

describe('the merge list', () => {
  it('keeps one entry per parcel (re-adding refreshes its version), removes and clears', () => {
    clearMerge();
    addToMerge({ id: 'p-0001', code: 'ZK-357-0001', version: 1, areaM2: 100 });
    addToMerge({ id: 'p-0002', code: 'ZK-357-0002', version: 1, areaM2: 200 });
    addToMerge({ id: 'p-0001', code: 'ZK-357-0001', version: 2, areaM2: 100 });
    expect(getMergeList().map((i) => [i.id, i.version])).toEqual([
      ['p-0002', 1],
      ['p-0001', 2],
    ]);
    removeFromMerge('p-0002');
    expect(getMergeList().map((i) => i.id)).toEqual(['p-0001']);
    clearMerge();
    expect(getMergeList()).toEqual([]);
  });
});
