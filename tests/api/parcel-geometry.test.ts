/**
 * POST /api/parcels/:id/split and POST /api/parcels/merge against the hand-made fixture: P-002 (ZK-2017-002,
 * 净地可供, a 0.004° × 0.003° rectangle at 22.98° N) split by a north–south line at 114.221° E into a ¾ and a ¼
 * part (for so small a rectangle the geodesic areas split as the longitudes do, to ≈ 1e-6), then merged back.
 * Preview writes nothing; commit needs If-Match (428 / 412), retires the parent with lineage, creates coded parts;
 * refusals are 422 naming the rule; viewers and editors of another platform get 403.
 */
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

const LINE = {
  type: 'LineString',
  coordinates: [
    [114.221, 22.979],
    [114.221, 22.984],
  ],
};
type Plan = {
  kind: string;
  date: string;
  retire: { code: string }[];
  created: { code: string; areaM2: number; state: string }[];
};
type Answer = { preview: boolean; plan: Plan; createdIds: string[] };
type ErrorJson = { error: { code: string; message: string; field?: string } };

const parentArea = () => db.prepare(`SELECT area_m2 FROM parcels WHERE id = 'P-002'`).pluck().get() as number;

async function unchanged(send: () => Response | Promise<Response>, status: number, code: string) {
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

describe('split (分宗)', () => {
  it('preview answers the plan — codes ZK-2017-002-1/-2, areas ¾ and ¼ — and writes nothing', async () => {
    const digest = dataDigest(db);
    const res = await editor('/api/parcels/P-002/split?preview=true', {
      method: 'POST',
      json: { line: LINE },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const a = (await res.json()) as Answer;
    expect(a.preview).toBe(true);
    expect(a.plan.created.map((p) => p.code)).toEqual(['ZK-2017-002-1', 'ZK-2017-002-2']);
    const total = parentArea();
    expect(a.plan.created[0]!.areaM2 / total).toBeCloseTo(0.75, 4);
    expect(a.plan.created[1]!.areaM2 / total).toBeCloseTo(0.25, 4);
    expect(a.plan.created.every((p) => p.state === 'ready')).toBe(true);
    expect(dataDigest(db)).toBe(digest);
  });

  it('refuses a line that does not cross the parcel (422, field line) and writes nothing', async () => {
    const inside = {
      type: 'LineString',
      coordinates: [
        [114.221, 22.981],
        [114.222, 22.982],
      ],
    };
    const body = await unchanged(
      () =>
        editor('/api/parcels/P-002/split', {
          method: 'POST',
          headers: { 'If-Match': '"1"' },
          json: { line: inside },
        }),
      422,
      'line_ends_inside',
    );
    expect(body.error.field).toBe('line');
  });

  it('428 without If-Match, 412 when stale, 403 for a viewer and an editor of another platform', async () => {
    const send =
      (who: typeof editor, headers: Record<string, string> = {}) =>
      () =>
        who('/api/parcels/P-002/split', { method: 'POST', headers, json: { line: LINE } });
    await unchanged(send(editor), 428, 'precondition_required');
    await unchanged(send(editor, { 'If-Match': '"7"' }), 412, 'stale');
    await unchanged(send(viewer, { 'If-Match': '"1"' }), 403, 'role_required');
    await unchanged(send(parkEditor, { 'If-Match': '"1"' }), 403, 'platform_scope');
  });

  it('commits: the parent is retired with lineage, two parts take its place on the map, audit row', async () => {
    const total = parentArea();
    const before = (await (await editor('/api/parcels?platform=test-belt')).json()) as { total: number };
    const tag = (await editor('/api/parcels/P-002')).headers.get('ETag') as string;
    const res = await editor('/api/parcels/P-002/split', {
      method: 'POST',
      headers: { 'If-Match': tag },
      json: { line: LINE },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const a = (await res.json()) as Answer;
    expect(a.createdIds).toEqual(['ZK-2017-002-1', 'ZK-2017-002-2']);
    const list = (await (await editor('/api/parcels?platform=test-belt')).json()) as {
      total: number;
      features: { properties: { code: string; areaM2: number } }[];
    };
    expect(list.total).toBe(before.total + 1);
    const codes = list.features.map((f) => f.properties.code);
    expect(codes).not.toContain('ZK-2017-002');
    expect(codes).toEqual(expect.arrayContaining(['ZK-2017-002-1', 'ZK-2017-002-2']));
    const sum = list.features
      .filter((f) => f.properties.code.startsWith('ZK-2017-002-'))
      .reduce((s, f) => s + f.properties.areaM2, 0);
    expect(Math.abs(sum - total)).toBeLessThan(total * 1e-6);
    const old = (await (await editor('/api/parcels/P-002')).json()) as {
      retiredOn: string;
      retiredReason: string;
      lineage: { to: { code: string }[] };
    };
    expect(old).toMatchObject({ retiredOn: '2018-03-09', retiredReason: 'split' });
    expect(old.lineage.to.map((l) => l.code)).toEqual(['ZK-2017-002-1', 'ZK-2017-002-2']);
    const part = (await (await editor('/api/parcels/ZK-2017-002-1')).json()) as {
      lineage: { from: { id: string }[] };
      events: { from: null; to: string; date: string; who: string }[];
      createdOn: string;
    };
    expect(part.lineage.from.map((l) => l.id)).toEqual(['P-002']);
    expect(part.createdOn).toBe('2018-03-09');
    expect(part.events).toEqual([
      expect.objectContaining({ from: null, to: 'ready', date: '2018-03-09', who: '张工' }),
    ]);
    const audit = db
      .prepare(`SELECT action, entity_id, user_name FROM audit_log ORDER BY id DESC LIMIT 1`)
      .get();
    expect(audit).toEqual({ action: 'parcel.split', entity_id: 'P-002', user_name: '张工' });
    // Retired: not found by search any more.
    const hits = (await (await editor('/api/search?q=ZK-2017-002')).json()) as {
      parcels: { code: string }[];
    };
    expect(hits.parcels.map((p) => p.code)).toEqual(['ZK-2017-002-1', 'ZK-2017-002-2']);
  });

  it('the per-state totals (kept by triggers) equal a scan of the current parcels', () => {
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
    // So do the contract-only clock groups (migration 013).
    expect(keptSummary(db)).toEqual(freshSummary(db));
    // The retired parent left the R*Tree.
    const rid = db.prepare(`SELECT rid FROM parcels WHERE id = 'P-002'`).pluck().get();
    expect(db.prepare('SELECT count(*) FROM parcel_rtree WHERE rid = ?').pluck().get(rid)).toBe(0);
  });

  it('a retired parcel is not edited again (422 retired)', async () => {
    const tag = (await editor('/api/parcels/P-002')).headers.get('ETag') as string;
    await unchanged(
      () =>
        editor('/api/parcels/P-002', { method: 'PATCH', headers: { 'If-Match': tag }, json: { notes: 'x' } }),
      422,
      'retired',
    );
  });
});

describe('merge (合宗)', () => {
  it('refuses parcels that share no edge (422 not_adjacent, field ids)', async () => {
    const body = await unchanged(
      () =>
        editor('/api/parcels/merge', {
          method: 'POST',
          json: { ids: ['P-001', 'ZK-2017-002-2'], versions: [1, 1] },
        }),
      422,
      'not_adjacent',
    );
    expect(body.error.field).toBe('ids');
  });

  it('412 when a version is stale; 403 for a viewer and an editor of another platform', async () => {
    const json = { ids: ['ZK-2017-002-1', 'ZK-2017-002-2'], versions: [1, 9] };
    await unchanged(() => editor('/api/parcels/merge', { method: 'POST', json }), 412, 'stale');
    await unchanged(() => viewer('/api/parcels/merge', { method: 'POST', json }), 403, 'role_required');
    await unchanged(() => parkEditor('/api/parcels/merge', { method: 'POST', json }), 403, 'platform_scope');
  });

  it('merges the two parts back into ZK-2017-002-3 with the parent’s area', async () => {
    const total = parentArea();
    const res = await editor('/api/parcels/merge', {
      method: 'POST',
      json: { ids: ['ZK-2017-002-1', 'ZK-2017-002-2'], versions: [1, 1] },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const a = (await res.json()) as Answer;
    expect(a.plan.created.map((p) => p.code)).toEqual(['ZK-2017-002-3']);
    expect(Math.abs(a.plan.created[0]!.areaM2 - total)).toBeLessThan(total * 1e-6);
    const merged = (await (await editor(`/api/parcels/${a.createdIds[0]}`)).json()) as {
      lineage: { from: { code: string }[] };
    };
    expect(merged.lineage.from.map((l) => l.code)).toEqual(['ZK-2017-002-1', 'ZK-2017-002-2']);
    expect(keptSummary(db)).toEqual(freshSummary(db));
  });
});
