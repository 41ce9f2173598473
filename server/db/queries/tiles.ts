/**
 * Reads and writes for vector tiles: the features of a layer inside a lon/lat box (parcels through the
 * R*Tree) with the properties the map themes, filters, labels and tooltips use, and the persistent tile cache.
 */
import type { Database } from 'better-sqlite3';
import type { BBox } from '../../seed/dataset.ts';
import { countCacheWrites } from '../cache-writes.ts';
import { keptStatement } from '../statements.ts';

/** A parcel as a tile draws it: the R*Tree key, the light properties and the stored GeoJSON geometry text. */
export type ParcelTileRow = {
  rid: number;
  id: string;
  code: string;
  platform_id: string;
  state: string;
  land_use: string;
  area_m2: number;
  area_mu: number;
  geometry: string;
};

/** What a parcel's tile feature carries of the projects holding it (parcels without projects have none). */
export type ParcelIndustries = {
  /** Industry of the first holding project by id. */
  industry: string;
  /** Every industry of the holding projects, distinct, sorted and comma-joined. */
  industries: string;
};

/** The columns of a parcel tile row (`p` is the parcels table). */
const PARCEL_TILE_COLUMNS =
  'p.rid, p.id, p.code, p.platform_id, p.state, p.land_use, p.area_m2, p.area_mu, p.geometry';

/** The industries of every parcel held by a project, by parcel id (one row per held parcel). */
export function heldParcelIndustries(db: Database): Map<string, ParcelIndustries> {
  const rows = keptStatement(
    db,
    `SELECT k.parcel_id AS id,
       (SELECT pr.industry FROM parcel_projects pp JOIN projects pr ON pr.id = pp.project_id
         WHERE pp.parcel_id = k.parcel_id ORDER BY pr.id LIMIT 1) AS industry,
       (SELECT group_concat(industry, ',') FROM (SELECT DISTINCT pr.industry FROM parcel_projects pp
         JOIN projects pr ON pr.id = pp.project_id WHERE pp.parcel_id = k.parcel_id ORDER BY pr.industry))
         AS industries
     FROM (SELECT DISTINCT parcel_id FROM parcel_projects) k`,
  ).all() as ({ id: string } & ParcelIndustries)[];
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}

/** A 三旧 site as a tile draws it. */
export type RedevelopmentTileRow = {
  id: string;
  code: string;
  name: string;
  type: string;
  mode: string;
  stage: string;
  platform_id: string;
  area_m2: number;
  target_year: number;
  geometry: string;
};

/** Span of a parcel's box in degrees (the larger of width and height), over the columns of `t`. */
const span = (t: string) => `max(${t}.max_lon - ${t}.min_lon, ${t}.max_lat - ${t}.min_lat)`;

/**
 * Parcels whose bbox meets `bbox` (a superset of those whose shape does; clipping removes the rest), in id
 * order. With `largest`, only that many: those with the largest boxes (ties by id), chosen in the R*Tree before
 * any parcel row is read; `over` then says whether there were more.
 *
 * The R*Tree's keys are sorted before the parcel rows are read (a sub-select ordered by rid, CROSS JOIN pinning
 * it as the outer loop), so the rows are looked up in table order, page after page, instead of the R*Tree's.
 * A box of no more than `largest` parcels is read in one pass, capped at `largest + 1` rows; a box over the cap
 * is read again, choosing its largest parcels — unless `expectOver` (the caller's guess from its recent boxes of
 * this size) sends it to that second read at once. At 1,000,000 parcels the one pass read a zoom-14 tile's
 * 3,500 rows in 4.2 ms instead of 7.2 (the second read, which orders every candidate by size) and a zoom-16
 * tile's 270 in 0.29 ms instead of 0.44.
 */
export function parcelsInBox(
  db: Database,
  bbox: BBox,
  largest?: number,
  expectOver = false,
): { rows: ParcelTileRow[]; over: boolean } {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const inBox = 'r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ?';
  const args = [minLon, maxLon, minLat, maxLat] as const;
  // Rows as arrays (`raw`), turned into objects here: better-sqlite3 builds a row object property by property,
  // which was a fifth of reading a zoom-14 tile's 3,800 rows at 1,000,000 parcels (16.5 → 13.0 ms).
  if (largest == null || !expectOver) {
    const all = keptStatement(
      db,
      `SELECT ${PARCEL_TILE_COLUMNS}
       FROM (SELECT r.rid FROM parcel_rtree r WHERE ${inBox} ORDER BY r.rid LIMIT ?) k
       CROSS JOIN parcels p ON p.rid = k.rid`,
      { raw: true },
    ).all(...args, largest == null ? -1 : largest + 1) as RawParcelTileRow[];
    // In rid order as read (the outer loop's); sorting sorted input is one pass, where an outer ORDER BY made
    // SQLite sort them again.
    if (largest == null || all.length <= largest) return { rows: all.sort(byRid).map(tileRow), over: false };
  }
  const rows = keptStatement(
    db,
    `SELECT ${PARCEL_TILE_COLUMNS}
     FROM (SELECT r.rid FROM parcel_rtree r WHERE ${inBox} ORDER BY ${span('r')} DESC, r.rid LIMIT ?) k
     CROSS JOIN parcels p ON p.rid = k.rid ORDER BY p.rid`,
    { raw: true },
  ).all(...args, largest) as RawParcelTileRow[];
  // Exactly `largest` found by the second read alone may be all there were; counted as over, the next box of
  // this size is read the same way, at the cost of the size ordering.
  return { rows: rows.map(tileRow), over: rows.length >= largest };
}

/** A parcel tile row as `raw` returns it: PARCEL_TILE_COLUMNS in order. */
type RawParcelTileRow = [number, string, string, string, string, string, number, number, string];

const byRid = (a: RawParcelTileRow, b: RawParcelTileRow) => a[0] - b[0];

const tileRow = (r: RawParcelTileRow): ParcelTileRow => ({
  rid: r[0],
  id: r[1],
  code: r[2],
  platform_id: r[3],
  state: r[4],
  land_use: r[5],
  area_m2: r[6],
  area_mu: r[7],
  geometry: r[8],
});

/**
 * Parcels that existed on `date` (ISO; created on or before it, not retired by then) whose bbox meets `bbox`:
 * the live ones through the R*Tree, the retired ones (no longer in the R*Tree) from their bbox columns — a scan
 * of the parcels table, acceptable for the occasional past-date view. With `largest`, only that many of them
 * (as parcelsInBox).
 */
export function parcelsInBoxExistingOn(
  db: Database,
  bbox: BBox,
  date: string,
  largest?: number,
): ParcelTileRow[] {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const born = '(p.created_on IS NULL OR p.created_on <= @date)';
  const cut = largest == null ? '' : `ORDER BY ${span('p')} DESC, p.rid LIMIT @largest`;
  const args = { minLon, minLat, maxLon, maxLat, date, largest: largest ?? -1 };
  const live = db
    .prepare(
      `SELECT ${PARCEL_TILE_COLUMNS}, ${span('p')} AS span
       FROM parcel_rtree r CROSS JOIN parcels p ON p.rid = r.rid
       WHERE r.max_lon >= @minLon AND r.min_lon <= @maxLon AND r.max_lat >= @minLat AND r.min_lat <= @maxLat
         AND p.retired_on IS NULL AND ${born} ${cut}`,
    )
    .all(args) as (ParcelTileRow & { span: number })[];
  const retired = db
    .prepare(
      `SELECT ${PARCEL_TILE_COLUMNS}, ${span('p')} AS span FROM parcels p
       WHERE p.retired_on IS NOT NULL AND p.retired_on > @date AND ${born}
         AND p.max_lon >= @minLon AND p.min_lon <= @maxLon AND p.max_lat >= @minLat AND p.min_lat <= @maxLat ${cut}`,
    )
    .all(args) as (ParcelTileRow & { span: number })[];
  let rows = [...live, ...retired];
  if (largest != null) rows = rows.sort((a, b) => b.span - a.span || a.rid - b.rid).slice(0, largest);
  return rows.sort((a, b) => a.rid - b.rid).map(({ span: _, ...r }) => r);
}

/** 三旧 sites whose bbox meets `bbox` (a few hundred sites at most: the bbox columns are scanned). */
export function redevelopmentInBox(db: Database, bbox: BBox): RedevelopmentTileRow[] {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  return db
    .prepare(
      `SELECT id, code, name, type, mode, stage, platform_id, area_m2, target_year, geometry
       FROM redevelopment_sites WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?
       ORDER BY id`,
    )
    .all(minLon, maxLon, minLat, maxLat) as RedevelopmentTileRow[];
}

/** The cached (gzip-compressed) tile, or undefined. */
export function readCachedTile(
  db: Database,
  layer: string,
  z: number,
  x: number,
  y: number,
): Buffer | undefined {
  return keptStatement(db, 'SELECT data FROM tile_cache WHERE layer = ? AND z = ? AND x = ? AND y = ?', {
    pluck: true,
  }).get(layer, z, x, y) as Buffer | undefined;
}

/** Stores a generated tile (gzip-compressed), replacing any older copy; counted as a cache write. */
export function writeCachedTile(
  db: Database,
  layer: string,
  z: number,
  x: number,
  y: number,
  data: Uint8Array,
): void {
  const { changes } = keptStatement(
    db,
    `INSERT INTO tile_cache (layer, z, x, y, data) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (layer, z, x, y) DO UPDATE SET data = excluded.data`,
  ).run(layer, z, x, y, data);
  countCacheWrites(db, changes);
}

/** Deletes the cached tiles of `layer` at zoom `z` within the inclusive x/y range; returns how many. */
export function deleteCachedTiles(
  db: Database,
  layer: string,
  z: number,
  r: { minX: number; minY: number; maxX: number; maxY: number },
): number {
  return db
    .prepare('DELETE FROM tile_cache WHERE layer = ? AND z = ? AND x BETWEEN ? AND ? AND y BETWEEN ? AND ?')
    .run(layer, z, r.minX, r.maxX, r.minY, r.maxY).changes;
}

/** Deletes the cached tiles of every layer name not in `layers` (tiles of an older format). */
export function keepCachedLayers(db: Database, layers: readonly string[]): void {
  db.prepare(`DELETE FROM tile_cache WHERE layer NOT IN (${layers.map(() => '?').join(', ')})`).run(
    ...layers,
  );
}

/** Deletes every cached tile (of `layer`, or of all layers). */
export function clearTileCache(db: Database, layer?: string): void {
  if (layer) db.prepare('DELETE FROM tile_cache WHERE layer = ?').run(layer);
  else db.prepare('DELETE FROM tile_cache').run();
}

/** The lon/lat bbox of one parcel, or null when unknown. */
export function parcelBBox(db: Database, id: string): BBox | null {
  const r = db.prepare('SELECT min_lon, min_lat, max_lon, max_lat FROM parcels WHERE id = ?').get(id) as
    | { min_lon: number; min_lat: number; max_lon: number; max_lat: number }
    | undefined;
  return r ? [r.min_lon, r.min_lat, r.max_lon, r.max_lat] : null;
}

/** The lon/lat extent of all parcels, or null when there are none. */
export function parcelsExtent(db: Database): BBox | null {
  const r = db
    .prepare(
      'SELECT min(min_lon) a, min(min_lat) b, max(max_lon) c, max(max_lat) d FROM parcels WHERE retired_on IS NULL',
    )
    .get() as { a: number | null; b: number | null; c: number | null; d: number | null };
  return r.a == null || r.b == null || r.c == null || r.d == null ? null : [r.a, r.b, r.c, r.d];
}
