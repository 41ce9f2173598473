/**
 * How many parcels one tile draws (server/tiles/tile-layers.ts, TILE_MAX_FEATURES = 6,000): a dense zone of
 * 6,200 parcels of 30 m and 20 of 120 m, all inside one zoom-11 tile. At zoom 11 a pixel of a 512-px tile is
 * ≈ 38 m, so every 30-m parcel is under a pixel — the rule used before (nothing under one pixel below zoom 12)
 * drew only the 20 large ones, and at 1,000,000 parcels it left the zone-wide tiles empty. Now the tile holds at
 * most 6,000 parcels, the largest: every large one, and no left-out parcel larger than a drawn one. A zoom-16
 * tile over a few of them draws every parcel meeting it. Oracle: the generated squares (axis-aligned, so a
 * square meets a tile exactly when its box does), decoded with @mapbox/vector-tile.
 */
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { area as turfArea } from '@turf/turf';
import { PbfReader } from 'pbf';
import { afterAll, describe, expect, it } from 'vitest';
import { m2ToMu } from '../../domain/units.ts';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import { parcelsInBox } from '../../server/db/queries/tiles.ts';
import type { Dataset } from '../../server/seed/dataset.ts';
import { loadGeodata } from '../../server/seed/load-geodata.ts';
import { seedDataset } from '../../server/seed/seed-database.ts';
import { MINI_GEODATA, tempDir } from './helpers/test-app.ts';

type Parcel = Dataset['parcels'][number];

/** XYZ tile of lon/lat at zoom z (standard Web-Mercator formulas). */
const tileOf = (lon: number, lat: number, z: number) => {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
  };
};
/** Lon/lat box of tile x, y at zoom z. */
const boxOf = (z: number, x: number, y: number) => {
  const n = 2 ** z;
  const lat = (t: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * t) / n))) * 180) / Math.PI;
  return [(x / n) * 360 - 180, lat(y + 1), ((x + 1) / n) * 360 - 180, lat(y)] as const;
};

/** Degrees of latitude per metre, and of longitude per metre at 23°N. */
const DEG_LAT = 1 / 111_320;
const DEG_LON = 1 / (111_320 * Math.cos((23 * Math.PI) / 180));

/** A square parcel of `sizeM` metres with its south-west corner at lon/lat, copied from `template`. */
function square(template: Parcel, i: number, lon: number, lat: number, sizeM: number): Parcel {
  const [e, n] = [lon + sizeM * DEG_LON, lat + sizeM * DEG_LAT];
  const geometry = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [lon, lat],
        [e, lat],
        [e, n],
        [lon, n],
        [lon, lat],
      ],
    ],
  };
  const areaM2 = turfArea(geometry);
  const id = `T-${String(i).padStart(5, '0')}`;
  return { ...template, id, code: id, geometry, bbox: [lon, lat, e, n], areaM2, areaMu: m2ToMu(areaM2) };
}

// The zoom-11 tile holding 114.25, 23.0, and a 0.06° block of parcels in its middle.
const Z11 = tileOf(114.25, 23.0, 11);
const [w11, s11, e11, n11] = boxOf(11, Z11.x, Z11.y);
const [lon0, lat0] = [(w11 + e11) / 2 - 0.03, (s11 + n11) / 2 - 0.03];
const SMALL = 6_200;
const LARGE = 20;

function denseZone(): Dataset {
  const data = loadGeodata(MINI_GEODATA);
  const template = data.parcels[0]!;
  const parcels: Parcel[] = [];
  const cols = 80;
  // 30-m squares on a 70-m grid (80 × 78 cells), then 20 squares of 120 m beside them.
  for (let i = 0; i < SMALL; i++) {
    const [c, r] = [i % cols, Math.floor(i / cols)];
    parcels.push(square(template, i, lon0 + c * 70 * DEG_LON, lat0 + r * 70 * DEG_LAT, 30));
  }
  for (let k = 0; k < LARGE; k++) {
    parcels.push(square(template, SMALL + k, lon0 + k * 200 * DEG_LON, lat0 - 300 * DEG_LAT, 120));
  }
  return { ...data, dataVersion: 'dense-zone', parcels, projects: [], redevelopment: [] };
}

const tmp = tempDir('zk-tile-cap-');
const db = openDatabase(`${tmp.dir}/dense.sqlite`);
seedDataset(db, denseZone());
const app = createApp({ db, clock: () => new Date('2018-03-09T08:00:00Z') });
afterAll(() => {
  db.close();
  tmp.cleanup();
});

/** Ids of the parcels tile z/x/y draws. */
async function drawn(z: number, x: number, y: number): Promise<Set<string>> {
  const v = ((await (await app.request('/api/config')).json()) as { dataVersion: string }).dataVersion;
  const res = await app.request(`/api/tiles/parcels/${z}/${x}/${y}.mvt?v=${v}`, {
    headers: { 'Accept-Encoding': 'gzip' },
  });
  const ids = new Set<string>();
  if (res.status === 204) return ids;
  const body = new Uint8Array(await res.arrayBuffer());
  const raw = res.headers.get('Content-Encoding') === 'gzip' ? new Uint8Array(gunzipSync(body)) : body;
  const layer = new VectorTile(new PbfReader(raw)).layers.parcels;
  for (let i = 0; layer && i < layer.length; i++) ids.add(String(layer.feature(i).properties.id));
  return ids;
}

const span = (p: Parcel) => Math.max(p.bbox[2] - p.bbox[0], p.bbox[3] - p.bbox[1]);

describe('parcels per tile', () => {
  const parcels = denseZone().parcels;

  it('a zoom-11 tile of 6,220 parcels (6,200 under a pixel) draws at most 6,000: every large one, none left out larger than one drawn', async () => {
    const ids = await drawn(11, Z11.x, Z11.y);
    expect(ids.size).toBeGreaterThan(5_000);
    expect(ids.size).toBeLessThanOrEqual(6_000);
    for (const p of parcels.slice(SMALL)) expect(ids.has(p.id), p.id).toBe(true);
    const inSpan = parcels.filter((p) => ids.has(p.id)).map(span);
    const outSpan = parcels.filter((p) => !ids.has(p.id)).map(span);
    expect(outSpan.length).toBeGreaterThan(0);
    expect(Math.max(...outSpan)).toBeLessThanOrEqual(Math.min(...inSpan));
  });

  it('a zoom-16 tile draws every parcel that meets it', async () => {
    const t = tileOf(lon0 + 0.001, lat0 + 0.001, 16);
    const [w, s, e, n] = boxOf(16, t.x, t.y);
    const expected = parcels.filter((p) => p.bbox[2] > w && p.bbox[0] < e && p.bbox[3] > s && p.bbox[1] < n);
    expect(expected.length).toBeGreaterThan(3);
    expect([...(await drawn(16, t.x, t.y))].sort()).toEqual(expected.map((p) => p.id).sort());
  });

  it('a box over the cap gives the same parcels read at once for its largest (expectOver) as after a capped read', () => {
    const box = [...boxOf(11, Z11.x, Z11.y)] as [number, number, number, number];
    const cap = 100;
    const tried = parcelsInBox(db, box, cap, false);
    const direct = parcelsInBox(db, box, cap, true);
    expect(tried.over).toBe(true);
    expect(direct.over).toBe(true);
    expect(direct.rows.map((r) => r.id)).toEqual(tried.rows.map((r) => r.id));
    // The 20 large squares, then 80 of the small ones; every left-out parcel is no larger than a kept one.
    const kept = new Set(tried.rows.map((r) => r.id));
    expect(kept.size).toBe(cap);
    for (const p of parcels.slice(SMALL)) expect(kept.has(p.id), p.id).toBe(true);
    const outSpan = parcels.filter((p) => !kept.has(p.id)).map(span);
    expect(Math.max(...outSpan)).toBeLessThanOrEqual(
      Math.min(...parcels.filter((p) => kept.has(p.id)).map(span)),
    );
  });

  it('a box under the cap gives every parcel in id order whichever read it starts with', () => {
    const t = tileOf(lon0 + 0.001, lat0 + 0.001, 16);
    const [w, s, e, n] = boxOf(16, t.x, t.y);
    const expected = parcels
      .filter((p) => p.bbox[2] >= w && p.bbox[0] <= e && p.bbox[3] >= s && p.bbox[1] <= n)
      .map((p) => p.id);
    for (const expectOver of [false, true]) {
      const read = parcelsInBox(db, [w, s, e, n], 6_000, expectOver);
      expect(read.over).toBe(false);
      // Ids are T-00000… in creation order, the order of the table's keys.
      expect(read.rows.map((r) => r.id)).toEqual([...expected].sort());
    }
  });
});
