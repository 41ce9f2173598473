/**
 * POST /api/parcels/:id/geometry-undo — undo of a split (分宗), merge (合宗) or vertex move as a new revision —
 * against the hand-made fixture: P-002 (ZK-2017-002, test-belt, 净地可供, the rectangle 114.220–114.224 E ×
 * 22.980–22.983 N) is split at 114.221 E and the split undone from a part's history. Oracles: the literal areas
 * the seed stored before any edit, the map counts (/api/parcels/summary, a z14 tile's parcel codes) read before
 * the split, the audit rows, and a scan of the current parcels against the trigger-kept totals.
 */

import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '../../server/db/queries/audit.ts';
import { type as, parcelEditCallers } from './helpers/auth.ts';
import { freshSummary, keptSummary } from './helpers/contract-clock-summary.ts';
import { dataDigest } from './helpers/db-digest.ts';
import { testApp } from './helpers/test-app.ts';

const { app, db, cleanup } = testApp();
afterAll(cleanup);

let editor: ReturnType<typeof as>;
let viewer: ReturnType<typeof as>;
let parkEditor: ReturnType<typeof as>;
beforeAll(async () => {
  ({ editor, viewer, parkEditor } = await parcelEditCallers(app, db));
});

/** P-002's area as the seed stored it (geodesic, turf), before any edit: the literal the undo must give back. */
const P002_AREA_M2 = 136595.99630571043;
const P002_AREA_MU = 204.89399445856566;
/** P-001's stored area (ZK-2017-001, the rectangle 114.210–114.212 E × 22.980–22.982 N). */
const P001_AREA_M2 = 45532.16727999772;

const LINE = {
  type: 'LineString',
  coordinates: [
    [114.221, 22.979],
    [114.221, 22.984],
  ],
};
type ErrorJson = { error: { code: string; message: string; field?: string } };
type UndoAnswer = {
  kind: string;
  undoOf: number;
  auditId: number;
  reinstated: { id: string; code: string; version: number; areaM2: number; areaMu: number }[];
  retired: { id: string; code: string; version: number }[];
};
type Detail = {
  code: string;
  version: number;
  areaM2: number;
  areaMu: number;
  retiredOn: string | null;
  retiredReason: string | null;
  projects: { id: string }[];
  events: { from: string | null; to: string }[];
  lineage: { to: { code: string }[] };
  origin: { auditId: number; kind: string; parents: { code: string }[]; created: { code: string }[] } | null;
};

const detail = async (id: string) => (await (await editor(`/api/parcels/${id}`)).json()) as Detail;
const etag = async (id: string) => (await editor(`/api/parcels/${id}`)).headers.get('ETag') as string;

async function split(id: string): Promise<string[]> {
  const res = await editor(`/api/parcels/${id}/split`, {
    method: 'POST',
    headers: { 'If-Match': await etag(id) },
    json: { line: LINE },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { createdIds: string[] }).createdIds;
}

const undo = (who: typeof editor, id: string, auditId: number, headers: Record<string, string> = {}) =>
  who(`/api/parcels/${id}/geometry-undo`, { method: 'POST', headers, json: { auditId } });

async function refused(send: () => Response | Promise<Response>, status: number, code: string) {
  const digest = dataDigest(db);
  const audits = countAudit(db);
  const res = await send();
  const body = (await res.json()) as ErrorJson;
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
  expect(dataDigest(db)).toBe(digest);
  expect(countAudit(db)).toBe(audits);
  return body;
}

/** The map's count and legend of test-belt (what the map shows), and the parcel codes in P-002's z14 tile. */
async function mapCounts() {
  const summary = await (await editor('/api/parcels/summary?platform=test-belt&by=state')).json();
  const { dataVersion } = (await (await editor('/api/config')).json()) as { dataVersion: string };
  const n = 2 ** 14;
  const r = (22.9815 * Math.PI) / 180;
  const x = Math.floor(((114.222 + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  const res = await editor(`/api/tiles/parcels/14/${x}/${y}.mvt?v=${dataVersion}`, {
    headers: { 'Accept-Encoding': 'gzip' },
  });
  const body = new Uint8Array(await res.arrayBuffer());
  const raw = res.headers.get('Content-Encoding') === 'gzip' ? new Uint8Array(gunzipSync(body)) : body;
  const layer = new VectorTile(new PbfReader(raw)).layers.parcels;
  const codes: string[] = [];
  for (let i = 0; layer && i < layer.length; i++) codes.push(String(layer.feature(i).properties.code));
  return { summary, tile: codes.sort() };
}

const totalsMatchScan = () => {
  const kept = db
    .prepare('SELECT platform_id, state, count, round(area_m2, 3) a FROM parcel_state_totals ORDER BY 1, 2')
    .all();
  const scanned = db
    .prepare(
      `SELECT platform_id, state, count(*) count, round(sum(area_m2), 3) a FROM parcels
       WHERE retired_on IS NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
  expect(kept).toEqual(scanned);
  // The contract-clock summary (migration 013) follows a reinstated parcel too.
  expect(keptSummary(db)).toEqual(freshSummary(db));
};

describe('undo of a split (分宗)', () => {
  let parts: string[] = [];
  let splitAudit = 0;
  let before: Awaited<ReturnType<typeof mapCounts>>;

  beforeAll(async () => {
    before = await mapCounts();
    expect(before.tile).toContain('ZK-2017-002');
    parts = await split('P-002');
    splitAudit = (await detail(parts[0]!)).origin!.auditId;
  });

  it('the part names the split that made it (origin: parents and parts), and the map shows the parts', async () => {
    const d = await detail(parts[0]!);
    expect(d.origin).toMatchObject({
      kind: 'split',
      parents: [{ code: 'ZK-2017-002' }],
      created: [{ code: 'ZK-2017-002-1' }, { code: 'ZK-2017-002-2' }],
      undoneBy: null,
    });
    const after = await mapCounts();
    expect(after.tile).toEqual(expect.arrayContaining(['ZK-2017-002-1', 'ZK-2017-002-2']));
    expect(after.tile).not.toContain('ZK-2017-002');
    expect((after.summary as { total: number }).total).toBe((before.summary as { total: number }).total + 1);
  });

  it('428 without If-Match, 412 stale, 403 viewer and other-platform editor, 404 unknown edit — nothing written', async () => {
    const id = parts[0]!;
    await refused(() => undo(editor, id, splitAudit), 428, 'precondition_required');
    await refused(() => undo(editor, id, splitAudit, { 'If-Match': '"7"' }), 412, 'stale');
    await refused(() => undo(viewer, id, splitAudit, { 'If-Match': '"1"' }), 403, 'role_required');
    await refused(() => undo(parkEditor, id, splitAudit, { 'If-Match': '"1"' }), 403, 'platform_scope');
    await refused(() => undo(editor, id, 999_999, { 'If-Match': '"1"' }), 404, 'not_found');
    await refused(() => undo(editor, 'NO-SUCH', splitAudit, { 'If-Match': '"1"' }), 404, 'not_found');
  });

  it('422 not_undoable for an edit that did not create the parcel asked from', async () => {
    await refused(() => undo(editor, 'P-001', splitAudit, { 'If-Match': '"1"' }), 422, 'not_undoable');
  });

  it('undoes it (200, new ETag): parts retired (undo), ZK-2017-002 back with its literal area, one audit row', async () => {
    const audits = countAudit(db);
    const res = await undo(editor, parts[0]!, splitAudit, { 'If-Match': '"1"' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('ETag')).toBe('"2"');
    const a = (await res.json()) as UndoAnswer;
    expect(a).toMatchObject({ kind: 'split', undoOf: splitAudit });
    expect(a.reinstated).toEqual([
      { id: 'P-002', code: 'ZK-2017-002', version: 3, areaM2: P002_AREA_M2, areaMu: P002_AREA_MU },
    ]);
    expect(a.retired.map((p) => [p.code, p.version])).toEqual([
      ['ZK-2017-002-1', 2],
      ['ZK-2017-002-2', 2],
    ]);
    expect(countAudit(db)).toBe(audits + 1);
    const row = db
      .prepare(`SELECT action, entity_id, user_name, after FROM audit_log ORDER BY id DESC LIMIT 1`)
      .get() as { action: string; entity_id: string; user_name: string; after: string };
    expect([row.action, row.entity_id, row.user_name]).toEqual(['parcel.geometry_undo', 'P-002', '张工']);
    expect(JSON.parse(row.after).undoOf).toBe(splitAudit);
    const p = await detail('P-002');
    expect(p).toMatchObject({
      retiredOn: null,
      retiredReason: null,
      areaM2: P002_AREA_M2,
      areaMu: P002_AREA_MU,
    });
    expect(await etag('P-002')).toBe('"3"');
    // History kept: the lineage to the parts stays, the parts are retired with reason undo naming the split.
    expect(p.lineage.to.map((l) => l.code)).toEqual(['ZK-2017-002-1', 'ZK-2017-002-2']);
    const retired = db
      .prepare(`SELECT code, retired_reason, retired_undo_of FROM parcels WHERE id IN (?, ?) ORDER BY code`)
      .all(...parts);
    expect(retired).toEqual([
      { code: 'ZK-2017-002-1', retired_reason: 'undo', retired_undo_of: splitAudit },
      { code: 'ZK-2017-002-2', retired_reason: 'undo', retired_undo_of: splitAudit },
    ]);
  });

  it('the map counts, the tile and the search are as before the split; totals equal a scan; R*Tree back', async () => {
    expect(await mapCounts()).toEqual(before);
    totalsMatchScan();
    const rid = db.prepare(`SELECT rid FROM parcels WHERE id = 'P-002'`).pluck().get();
    expect(db.prepare('SELECT count(*) FROM parcel_rtree WHERE rid = ?').pluck().get(rid)).toBe(1);
    const hits = (await (await editor('/api/search?q=ZK-2017-002')).json()) as {
      parcels: { code: string }[];
    };
    expect(hits.parcels.map((x) => x.code)).toEqual(['ZK-2017-002']);
    // On the split's own date the ledger shows the parent, not the parts: an undone split is void on every date.
    const asOf = (await (await editor('/api/parcels?platform=test-belt&asOf=2018-03-09')).json()) as {
      features: { properties: { code: string } }[];
    };
    const codes = asOf.features.map((f) => f.properties.code);
    expect(codes).toContain('ZK-2017-002');
    expect(codes.filter((c) => c.startsWith('ZK-2017-002-'))).toEqual([]);
  });

  it('is undone once: a second undo is 409 already_undone', async () => {
    const tag = await etag(parts[0]!);
    await refused(() => undo(editor, parts[0]!, splitAudit, { 'If-Match': tag }), 409, 'already_undone');
  });
});

describe('refused when a created parcel changed since (409 changed_since naming it)', () => {
  it('a part linked to a project after the split: 409 naming ZK-2017-002-4', async () => {
    const parts = await split('P-002');
    expect(parts).toEqual(['ZK-2017-002-3', 'ZK-2017-002-4']);
    const auditId = (await detail(parts[0]!)).origin!.auditId;
    const project = await editor('/api/projects/proj-002');
    const res = await editor('/api/projects/proj-002/parcels', {
      method: 'PUT',
      headers: { 'If-Match': project.headers.get('ETag')! },
      json: { parcelIds: [parts[1]] },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await refused(
      () => undo(editor, parts[0]!, auditId, { 'If-Match': '"1"' }),
      409,
      'changed_since',
    );
    expect(body.error.message).toContain('ZK-2017-002-4');
    expect(body.error.field).toBe('auditId');
  });

  it('a part edited after the split, asked from that part with its current ETag: 409 naming it', async () => {
    const a = (await detail('ZK-2017-002-3')).origin!.auditId;
    const patch = await editor('/api/parcels/ZK-2017-002-3', {
      method: 'PATCH',
      headers: { 'If-Match': '"1"' },
      json: { notes: '后来的修改' },
    });
    expect(patch.status).toBe(200);
    const body = await refused(
      () => undo(editor, 'ZK-2017-002-3', a, { 'If-Match': '"2"' }),
      409,
      'changed_since',
    );
    expect(body.error.message).toContain('ZK-2017-002-3');
    expect(body.error.message).toContain('parcel.update');
  });
});

describe('undo of a merge (合宗)', () => {
  it('reinstates both parcels with their project link; the merged parcel is retired; counts as before', async () => {
    const before = await mapCounts();
    const [a, b] = [await detail('ZK-2017-002-3'), await detail('ZK-2017-002-4')];
    const res = await editor('/api/parcels/merge', {
      method: 'POST',
      json: { ids: ['ZK-2017-002-3', 'ZK-2017-002-4'], versions: [a.version, b.version] },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const [merged] = ((await res.json()) as { createdIds: string[] }).createdIds;
    const m = await detail(merged!);
    expect(m.origin).toMatchObject({ kind: 'merge', created: [{ code: merged }] });
    const u = await undo(editor, merged!, m.origin!.auditId, { 'If-Match': '"1"' });
    expect(u.status, await u.clone().text()).toBe(200);
    const answer = (await u.json()) as UndoAnswer;
    expect(answer.reinstated.map((p) => p.code)).toEqual(['ZK-2017-002-3', 'ZK-2017-002-4']);
    expect(answer.retired.map((p) => p.code)).toEqual([merged]);
    const back = await detail('ZK-2017-002-4');
    expect(back.retiredOn).toBeNull();
    expect(back.projects.map((p) => p.id)).toEqual(['proj-002']);
    expect(back.areaM2).toBe(b.areaM2);
    expect(await mapCounts()).toEqual(before);
    totalsMatchScan();
  });
});

describe('undo of a vertex move (编辑边界)', () => {
  const WIDER = {
    type: 'Polygon',
    coordinates: [
      [
        [114.21, 22.98],
        [114.2125, 22.98],
        [114.2125, 22.982],
        [114.21, 22.982],
        [114.21, 22.98],
      ],
    ],
  };

  it('puts back the outline and the literal area, then a second undo is 409; 409 after a later move', async () => {
    const reshape = async (geometry: unknown) => {
      const res = await editor('/api/parcels/P-001/geometry', {
        method: 'PATCH',
        headers: { 'If-Match': await etag('P-001') },
        json: { geometry },
      });
      expect(res.status, await res.clone().text()).toBe(200);
      return db
        .prepare(`SELECT max(id) FROM audit_log WHERE action = 'parcel.reshape'`)
        .pluck()
        .get() as number;
    };
    const original = db.prepare(`SELECT geometry FROM parcels WHERE id = 'P-001'`).pluck().get() as string;
    const first = await reshape(WIDER);
    expect((await detail('P-001')).areaM2).toBeGreaterThan(P001_AREA_M2 * 1.2);
    const res = await undo(editor, 'P-001', first, { 'If-Match': await etag('P-001') });
    expect(res.status, await res.clone().text()).toBe(200);
    const v = (await detail('P-001')).version;
    expect(res.headers.get('ETag')).toBe(`"${v}"`);
    expect((await detail('P-001')).areaM2).toBe(P001_AREA_M2);
    expect(db.prepare(`SELECT geometry FROM parcels WHERE id = 'P-001'`).pluck().get()).toBe(original);
    await refused(() => undo(editor, 'P-001', first, { 'If-Match': `"${v}"` }), 409, 'already_undone');
    // A move, then another: the first can no longer be undone (the outline is not the one it drew).
    const second = await reshape(WIDER);
    await reshape(JSON.parse(original));
    const tag = await etag('P-001');
    const body = await refused(
      () => undo(editor, 'P-001', second, { 'If-Match': tag }),
      409,
      'changed_since',
    );
    expect(body.error.message).toContain('parcel.reshape');
    totalsMatchScan();
  });
});
