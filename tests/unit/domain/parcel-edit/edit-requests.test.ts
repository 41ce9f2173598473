import { describe, expect, it } from 'vitest';
import { MergeRequest, SplitRequest } from '../../../../domain/parcel-edit/edit-requests.ts';

const issuePaths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('split and merge request bodies', () => {
  it('a split takes a LineString of at least two positions', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [114.3, 23],
        [114.31, 23.01],
      ],
    };
    expect(SplitRequest.safeParse({ line }).success).toBe(true);
    expect(issuePaths(SplitRequest.safeParse({ line: { ...line, coordinates: [[114.3, 23]] } }))).toEqual([
      'line.coordinates',
    ]);
    expect(issuePaths(SplitRequest.safeParse({ line: { ...line, type: 'Polygon' } }))).toEqual(['line.type']);
    expect(issuePaths(SplitRequest.safeParse({ line, projectParts: { 'prj-a': [] } }))).toEqual([
      'projectParts.prj-a',
    ]);
  });

  it('a merge takes distinct ids and one version each', () => {
    expect(MergeRequest.safeParse({ ids: ['a', 'b'], versions: [1, 3] }).success).toBe(true);
    expect(issuePaths(MergeRequest.safeParse({ ids: ['a', 'a'], versions: [1, 1] }))).toEqual(['ids']);
    expect(issuePaths(MergeRequest.safeParse({ ids: ['a', 'b'], versions: [1] }))).toEqual([
      'versions',
      'versions',
    ]);
    expect(issuePaths(MergeRequest.safeParse({ ids: ['a'], versions: [1] }))).toEqual(['ids', 'versions']);
  });
});
