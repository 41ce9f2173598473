/**
 * The layers served as vector tiles and what each feature carries. Parcels carry the light properties of
 * GET /api/parcels (the themes, filters, labels and the hover tooltip read them) and their R*Tree key as the
 * numeric feature id, plus `industries` — every industry of the holding projects between commas (`,ai,laser,`),
 * as the industry filter of /api/parcels matches any of them (MVT has no list values); 三旧 sites carry what their layer styles and labels read. Properties with no value
 * (a parcel without a project has no `industry`) are left out, as MVT has no null.
 */
import type { Database } from 'better-sqlite3';
import type { Feature, Geometry } from 'geojson';
import { geometryColumn } from '../db/queries/columns.ts';
import {
  heldParcelIndustries,
  type ParcelIndustries,
  type ParcelTileRow,
  parcelsInBox,
  parcelsInBoxExistingOn,
  redevelopmentInBox,
} from '../db/queries/tiles.ts';
import { dataMemo } from '../read-models/data-memo.ts';
import type { BBox } from '../seed/dataset.ts';

/** Names of the tiled layers (the `{layer}` of /api/tiles/{layer}/{z}/{x}/{y}.mvt). */
export const TILE_LAYERS = ['parcels', 'redevelopment'] as const;
/** A tiled layer's name. */
export type TileLayerName = (typeof TILE_LAYERS)[number];

/** The fields (and their MVT value types) each layer's features carry, for TileJSON's `vector_layers`. */
export const TILE_FIELDS: Record<TileLayerName, Record<string, 'String' | 'Number'>> = {
  parcels: {
    id: 'String',
    code: 'String',
    platformId: 'String',
    state: 'String',
    landUse: 'String',
    areaM2: 'Number',
    areaMu: 'Number',
    industry: 'String',
    industries: 'String',
  },
  redevelopment: {
    id: 'String',
    code: 'String',
    name: 'String',
    type: 'String',
    mode: 'String',
    stage: 'String',
    platformId: 'String',
    areaM2: 'Number',
    targetYear: 'Number',
  },
};

/**
 * Version of what a tile holds (which features, which properties, how simplified). Bump it with any change to
 * that: the tile URLs change (browsers keep a tile a year under its URL) and the tile table's rows of another
 * version are dropped (server/tiles/tile-cache.ts). 2: at most TILE_MAX_FEATURES parcels per tile, the largest.
 */
export const TILE_RULES = 2;

/**
 * Most parcels one tile draws: the largest (by bbox) when more meet it. A tile of that many parcels is about
 * the byte budget of encode-tile.ts (≈ 450 kB), which thins a heavier tile by encoding it again with fewer
 * features — choosing them in the R*Tree first saves those encodes (a zoom-12 tile of a 1,000,000-parcel zone,
 * 40,000 parcels: 0.7–2.1 s cold, ≈ 6,000 kept). So a zone-wide view of a big cadastre shows its largest
 * parcels, never an empty map and never a multi-megabyte tile; a small zone's tiles hold every parcel. (A rule
 * dropping parcels under one pixel below zoom 12, used before, emptied the zone-wide tiles of a 1,000,000-parcel
 * cadastre, whose parcels are all smaller than a pixel at zooms 10–11.)
 */
export const TILE_MAX_FEATURES = 6_000;

/** Rounds to `d` decimals (tile values are deduplicated, so fewer digits mean smaller tiles). */
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** A parcel's state on a past date; null when it did not exist then (server/read-models/parcels-as-of.ts). */
export type StandingOn = (id: string) => string | null;

/**
 * The industries of the held parcels, read once per data state (any write on this connection, or a commit by
 * another, reads them again): a few hundred to a few thousand rows, where two correlated subqueries for every
 * parcel of every tile were ≈ 10 % of a cold zoom-13 or 14 tile.
 */
const industriesMemo = dataMemo<Map<string, ParcelIndustries>>(1);

const industriesOf = (db: Database): Map<string, ParcelIndustries> =>
  industriesMemo(db, 'held', () => heldParcelIndustries(db));

/** The tile feature of a parcel row, in `state` (its current one, or the one on a past date). */
function parcelFeature(r: ParcelTileRow, state: string, held: ParcelIndustries | undefined): Feature {
  return {
    type: 'Feature',
    id: r.rid,
    geometry: geometryColumn(r.geometry) as Geometry,
    properties: {
      id: r.id,
      code: r.code,
      platformId: r.platform_id,
      state,
      landUse: r.land_use,
      // Whole ㎡ and 亩 to 4 decimals (0.07 ㎡): what the tooltip shows and the area filter compares.
      areaM2: Math.round(r.area_m2),
      areaMu: round(r.area_mu, 4),
      ...(held ? { industry: held.industry, industries: `,${held.industries},` } : {}),
    },
  };
}

/**
 * Per database and zoom, whether each of the last 8 tiles held more than TILE_MAX_FEATURES parcels (a bit each,
 * newest lowest). While any of them did, the next tile of that zoom is read straight away for its largest parcels
 * (parcelsInBox's `expectOver`). The two wrong guesses cost unequally: reading an over-full tile in one capped
 * pass first wastes that pass (6,000 rows with their shapes, ≈ 10 ms), reading a tile under the cap for its
 * largest only orders its candidates by size (≈ 3 ms at 3,500). So the guess leans to "over": one over-full tile
 * among the last 8 is enough. A big cadastre's tiles are over the cap up to some zoom and under it beyond (up to
 * zoom 13 and from 14 at 1,000,000 parcels), with under-full tiles at the zone's edges.
 */
const overCapAt = new WeakMap<Database, number[]>();
const RECENT_TILES_MASK = 0xff;

/** Today's parcels of a zoom-`zoom` tile whose buffered box is `bbox` (at most TILE_MAX_FEATURES). */
function parcelRowsToday(db: Database, bbox: BBox, zoom: number) {
  let recent = overCapAt.get(db);
  if (!recent) {
    recent = [];
    overCapAt.set(db, recent);
  }
  const mask = recent[zoom] ?? 0;
  const read = parcelsInBox(db, bbox, TILE_MAX_FEATURES, mask !== 0);
  recent[zoom] = ((mask << 1) | (read.over ? 1 : 0)) & RECENT_TILES_MASK;
  return read.rows;
}

/**
 * The parcel features of a zoom-`zoom` tile whose buffered box is `bbox` (at most TILE_MAX_FEATURES): today's,
 * or with `asOf` those that existed on that day (retired ones included) in their state then; parcels not yet in
 * the ledger are absent.
 */
function parcelFeatures(
  db: Database,
  bbox: BBox,
  zoom: number,
  asOf?: { date: string; standing: StandingOn },
): Feature[] {
  const held = industriesOf(db);
  if (!asOf) {
    return parcelRowsToday(db, bbox, zoom).map((r) => parcelFeature(r, r.state, held.get(r.id)));
  }
  return parcelsInBoxExistingOn(db, bbox, asOf.date, TILE_MAX_FEATURES).flatMap((r) => {
    const state = asOf.standing(r.id);
    return state == null ? [] : [parcelFeature(r, state, held.get(r.id))];
  });
}

/** The 三旧 site features of a tile whose buffered box is `bbox`. */
function redevelopmentFeatures(db: Database, bbox: BBox): Feature[] {
  return redevelopmentInBox(db, bbox).map((r) => ({
    type: 'Feature',
    geometry: geometryColumn(r.geometry) as Geometry,
    properties: {
      id: r.id,
      code: r.code,
      name: r.name,
      type: r.type,
      mode: r.mode,
      stage: r.stage,
      platformId: r.platform_id,
      areaM2: Math.round(r.area_m2),
      targetYear: r.target_year,
    },
  }));
}

/**
 * The features of `layer` for a zoom-`zoom` tile whose buffered lon/lat box is `bbox` (the same rule at every
 * zoom: the encoder simplifies for the zoom); `asOf` (parcels only) gives the ledger on a past date.
 */
export function layerFeatures(
  db: Database,
  layer: TileLayerName,
  bbox: BBox,
  zoom: number,
  asOf?: { date: string; standing: StandingOn },
): Feature[] {
  return layer === 'parcels' ? parcelFeatures(db, bbox, zoom, asOf) : redevelopmentFeatures(db, bbox);
}
