/**
 * What may be undone of a split, merge or vertex move (domain/parcel-edit/geometry-undo.ts), on hand-written
 * facts: a parcel A (0.004° × 0.003° rectangle) split into on 2018-03-09, with a 三旧 site moved to
 * Expected outcomes are written out literally: the parcels reinstated and retired, the site's way back, and
 * each refusal's status, code and the parcel it names.
 */
import { describe, expect, it } from 'vitest';
import {
  type CreatedNow,
  checkCreateUndo,
  checkReshapeUndo,
  checkSplitMergeUndo,
  type EditRow,
  type SplitMergeUndoInput,
} from '../../../../domain/parcel-edit/geometry-undo.ts';
import type { AreaGeometry } from '../../../../domain/schemas.ts';

const rect = (w: number, s: number, e: number, n: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const A = rect(114.22, 22.98, 114.224, 22.983);
const PLATFORM = { id: 'belt', nameZh: '示例平台', geometry: rect(114.2, 22.97, 114.26, 23.0) };

const splitRow: EditRow = {
  id: 40,
  action: 'parcel.split',
  entityType: 'parcel',
  entityId: 'A',
  before: { parcels: [{ id: 'A', code: 'ZK-A', version: 3 }], version: 3 },
  after: {
    plan: {
      kind: 'split',
      date: '2018-03-09',
      created: [
        { code: 'ZK-A-1', projectIds: ['proj-1'] },
        { code: 'ZK-A-2', projectIds: ['proj-1'] },
      ],
      redevelopment: [{ siteId: 'site-1', toCode: 'ZK-A-1' }],
    },
    createdIds: ['ZK-A-1', 'ZK-A-2'],
    version: 4,
  },
};

const part = (id: string, over: Partial<CreatedNow> = {}): CreatedNow => ({
  id,
  code: id,
  version: 1,
  retiredOn: null,
  retiredReason: null,
  projectIds: ['proj-1'],
  siteIds: id === 'ZK-A-1' ? ['site-1'] : [],
  later: [],
  ...over,
});

const input = (over: Partial<SplitMergeUndoInput> = {}): SplitMergeUndoInput => ({
  row: splitRow,
  askedFrom: 'ZK-A-1',
  undoneBy: null,
  created: [part('ZK-A-1'), part('ZK-A-2')],
  parents: [{ id: 'A', code: 'ZK-A', version: 4, retiredOn: '2018-03-09', retiredReason: 'split' }],
  outlines: [A],
  topology: { neighbours: [], platform: PLATFORM },
  ...over,
});

describe('undo of a split or merge (docs/parcel-editing.md, 《城镇地籍调查规程》TD 1001-93: the retired record stands again)', () => {
  it('unchanged since: the parent comes back, the parts are retired on the split’s date, the 三旧 link goes back', () => {
    expect(checkSplitMergeUndo(input())).toEqual({
      ok: true,
      kind: 'split',
      date: '2018-03-09',
      reinstate: [{ id: 'A', code: 'ZK-A', version: 4 }],
      retire: [
        { id: 'ZK-A-1', code: 'ZK-A-1', version: 1 },
        { id: 'ZK-A-2', code: 'ZK-A-2', version: 1 },
      ],
      sites: [{ siteId: 'site-1', toParcelId: 'A' }],
    });
  });

  it('a part edited since (version 2): 409 changed_since naming it and the write', () => {
    const later = [{ at: '2018-03-10T01:00:00Z', who: '张工', action: 'parcel.update' }];
    const r = checkSplitMergeUndo(
      input({ created: [part('ZK-A-1'), part('ZK-A-2', { version: 2, later })] }),
    );
    expect(r).toMatchObject({ ok: false, status: 409, code: 'changed_since', parcelCode: 'ZK-A-2' });
    expect(r.ok ? '' : r.message).toContain('parcel.update（张工，2018-03-10T01:00:00Z）');
  });

  it('a part split again (retired): 409 naming it', () => {
    const r = checkSplitMergeUndo(
      input({
        created: [part('ZK-A-1', { retiredOn: '2018-04-01', retiredReason: 'split' }), part('ZK-A-2')],
      }),
    );
    expect(r).toMatchObject({ ok: false, status: 409, code: 'changed_since', parcelCode: 'ZK-A-1' });
  });

  it('a part linked to another project (even at version 1, e.g. by a write that kept the version): 409', () => {
    const r = checkSplitMergeUndo(
      input({ created: [part('ZK-A-1'), part('ZK-A-2', { projectIds: ['proj-1', 'proj-9'] })] }),
    );
    expect(r).toMatchObject({ ok: false, status: 409, code: 'changed_since', parcelCode: 'ZK-A-2' });
  });

  it('a 三旧 site linked to a part since: 409', () => {
    const r = checkSplitMergeUndo(
      input({ created: [part('ZK-A-1'), part('ZK-A-2', { siteIds: ['site-2'] })] }),
    );
    expect(r).toMatchObject({ ok: false, status: 409, parcelCode: 'ZK-A-2' });
  });

  it('undone already: 409 already_undone', () => {
    expect(checkSplitMergeUndo(input({ undoneBy: 55 }))).toMatchObject({
      ok: false,
      status: 409,
      code: 'already_undone',
    });
  });

  it('another parcel now overlapping the reinstated outline (by 1/4 of it): 422 overlaps_parcel naming it', () => {
    const neighbour = { id: 'N', code: 'ZK-N', geometry: rect(114.223, 22.98, 114.226, 22.983) };
    const r = checkSplitMergeUndo(input({ topology: { neighbours: [neighbour], platform: PLATFORM } }));
    expect(r).toMatchObject({ ok: false, status: 422, code: 'overlaps_parcel', parcelCode: 'ZK-N' });
  });

  it('the parts themselves never count as overlapping the parent they came from', () => {
    const parts = [
      { id: 'ZK-A-1', code: 'ZK-A-1', geometry: rect(114.22, 22.98, 114.221, 22.983) },
      { id: 'ZK-A-2', code: 'ZK-A-2', geometry: rect(114.221, 22.98, 114.224, 22.983) },
    ];
    expect(checkSplitMergeUndo(input({ topology: { neighbours: parts, platform: PLATFORM } })).ok).toBe(true);
  });

  it('asked from a parcel the edit did not create, or from another kind of row: 422 not_undoable', () => {
    expect(checkSplitMergeUndo(input({ askedFrom: 'B' }))).toMatchObject({
      status: 422,
      code: 'not_undoable',
    });
    const update = { ...splitRow, action: 'parcel.update' };
    expect(checkSplitMergeUndo(input({ row: update }))).toMatchObject({ status: 422, code: 'not_undoable' });
  });

  it('a merge that moved a 三旧 link without recording where it was: 422 not_undoable (never guessed)', () => {
    const merge: EditRow = {
      ...splitRow,
      action: 'parcel.merge',
      before: {
        parcels: [
          { id: 'A', code: 'ZK-A', version: 3 },
          { id: 'B', code: 'ZK-B', version: 1 },
        ],
      },
      after: {
        plan: {
          kind: 'merge',
          date: '2018-03-09',
          created: [{ code: 'ZK-A-1', projectIds: [] }],
          redevelopment: [{ siteId: 'site-1', toCode: 'ZK-A-1' }],
        },
        createdIds: ['ZK-A-1'],
      },
    };
    const r = checkSplitMergeUndo(
      input({
        row: merge,
        created: [part('ZK-A-1', { projectIds: [] })],
        parents: [
          { id: 'A', code: 'ZK-A', version: 4, retiredOn: '2018-03-09', retiredReason: 'merge' },
          { id: 'B', code: 'ZK-B', version: 2, retiredOn: '2018-03-09', retiredReason: 'merge' },
        ],
        outlines: [A, rect(114.224, 22.98, 114.226, 22.983)],
      }),
    );
    expect(r).toMatchObject({ ok: false, status: 422, code: 'not_undoable' });
  });
});

describe('undo of a vertex move', () => {
  const wider = rect(114.22, 22.98, 114.225, 22.983);
  const row: EditRow = {
    id: 70,
    action: 'parcel.reshape',
    entityType: 'parcel',
    entityId: 'A',
    before: { geometry: A, areaM2: 136595.99, areaMu: 204.89, version: 2 },
    after: { geometry: wider, areaM2: 170744.99, areaMu: 256.12, version: 3 },
  };
  const now = { id: 'A', code: 'ZK-A', version: 5, retiredOn: null, retiredReason: null, geometry: wider };
  const base = {
    row,
    parcel: now,
    undoneBy: null,
    later: [],
    topology: { neighbours: [], platform: PLATFORM },
  };

  it('outline still the one the move drew (attribute edits since do not matter): back to the old outline and areas', () => {
    expect(checkReshapeUndo(base)).toEqual({
      ok: true,
      kind: 'reshape',
      restore: { geometry: A, areaM2: 136595.99, areaMu: 204.89 },
      current: { areaM2: 170744.99, areaMu: 256.12 },
    });
  });

  it('moved again since: 409 changed_since naming the later move', () => {
    const later = [{ at: '2018-03-11T00:00:00Z', who: '李工', action: 'parcel.reshape' }];
    const r = checkReshapeUndo({
      ...base,
      parcel: { ...now, geometry: rect(114.22, 22.98, 114.226, 22.983) },
      later,
    });
    expect(r).toMatchObject({ ok: false, status: 409, code: 'changed_since', parcelCode: 'ZK-A' });
    expect(r.ok ? '' : r.message).toContain('parcel.reshape（李工');
  });

  it('a neighbour drawn into the old outline since: 422 overlaps_parcel', () => {
    const n = { id: 'N', code: 'ZK-N', geometry: rect(114.2235, 22.98, 114.2245, 22.983) };
    // N covers 114.2235–114.224 of the old outline A (0.0005° × 0.003°, far above the 1 ㎡ tolerance).
    const r = checkReshapeUndo({ ...base, topology: { neighbours: [n], platform: PLATFORM } });
    expect(r).toMatchObject({ ok: false, status: 422, code: 'overlaps_parcel', parcelCode: 'ZK-N' });
  });

  it('a retired parcel or an undone move: refused', () => {
    expect(checkReshapeUndo({ ...base, parcel: { ...now, retiredOn: '2018-05-01' } })).toMatchObject({
      status: 422,
      code: 'retired',
    });
    expect(checkReshapeUndo({ ...base, undoneBy: 71 })).toMatchObject({
      status: 409,
      code: 'already_undone',
    });
  });
});

describe('undo of a parcel drawn as new (新增地块)', () => {
  const row: EditRow = {
    id: 70,
    action: 'parcel.create',
    entityType: 'parcel',
    entityId: 'N',
    before: null,
    after: { code: 'ZK-N', state: 'reserve', date: '2018-02-01', version: 1 },
  };
  const drawn: CreatedNow = {
    id: 'N',
    code: 'ZK-N',
    version: 1,
    retiredOn: null,
    retiredReason: null,
    projectIds: [],
    siteIds: [],
    later: [],
  };

  it('untouched since: retired on the day it was drawn for (void on every past date)', () => {
    expect(checkCreateUndo({ row, parcel: drawn, undoneBy: null })).toEqual({
      ok: true,
      kind: 'create',
      date: '2018-02-01',
      retire: { id: 'N', code: 'ZK-N', version: 1 },
    });
  });

  it('edited or linked since: 409 changed_since naming it and the write', () => {
    const later = [{ at: '2018-03-09T02:00:00Z', who: '张工', action: 'parcel.update' }];
    const edited = checkCreateUndo({ row, parcel: { ...drawn, version: 2, later }, undoneBy: null });
    expect(edited).toMatchObject({ ok: false, status: 409, code: 'changed_since', parcelCode: 'ZK-N' });
    expect(edited.ok ? '' : edited.message).toContain('parcel.update');
    const linked = checkCreateUndo({ row, parcel: { ...drawn, projectIds: ['pr-1'] }, undoneBy: null });
    expect(linked).toMatchObject({ ok: false, status: 409, code: 'changed_since' });
    const site = checkCreateUndo({ row, parcel: { ...drawn, siteIds: ['s-1'] }, undoneBy: null });
    expect(site).toMatchObject({ ok: false, status: 409, code: 'changed_since' });
  });

  it('undone already, retired, or a row that is not this parcel’s drawing: refused', () => {
    expect(checkCreateUndo({ row, parcel: drawn, undoneBy: 71 })).toMatchObject({
      status: 409,
      code: 'already_undone',
    });
    expect(
      checkCreateUndo({
        row,
        parcel: { ...drawn, retiredOn: '2018-03-01', retiredReason: 'split' },
        undoneBy: null,
      }),
    ).toMatchObject({ status: 422, code: 'retired' });
    expect(checkCreateUndo({ row: { ...row, entityId: 'M' }, parcel: drawn, undoneBy: null })).toMatchObject({
      status: 422,
      code: 'not_undoable',
    });
    expect(
      checkCreateUndo({ row: { ...row, action: 'parcel.update' }, parcel: drawn, undoneBy: null }),
    ).toMatchObject({
      status: 422,
      code: 'not_undoable',
    });
  });
});
