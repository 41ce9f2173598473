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
  type ParcelTileRow,
  parcelsInBox,
  parcelsInBoxExistingOn,
  redevelopmentInBox,
} from '../db/queries/tiles.ts';
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
 * Zoom from which every parcel is drawn. Below it a parcel is drawn only when its bbox spans at least
 * `MIN_SPAN_PX` pixel of a 512-px tile (a smaller one cannot be drawn visibly), and the tile's byte budget
 * (encode-tile.ts) then keeps the largest parcels of a dense view: a zone-wide view of a big cadastre shows a
 * thinned sample of the parcels, never an empty map and never a multi-megabyte tile.
 */
export const FULL_DETAIL_ZOOM = 12;
/** Smallest bbox span (pixels of a 512-px tile) of a parcel drawn below FULL_DETAIL_ZOOM. */
export const MIN_SPAN_PX = 1;

/** Degrees of longitude one pixel of a 512-px tile spans at zoom `z`. */
const degPerPx = (z: number) => 360 / 2 ** z / 512;

/** Rounds to `d` decimals (tile values are deduplicated, so fewer digits mean smaller tiles). */
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** A parcel's state on a past date; null when it did not exist then (server/read-models/parcels-as-of.ts). */
export type StandingOn = (id: string) => string | null;

/** The tile feature of a parcel row, in `state` (its current one, or the one on a past date). */
function parcelFeature(r: ParcelTileRow, state: string): Feature {
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
      ...(r.industry == null ? {} : { industry: r.industry }),
      ...(r.industries == null ? {} : { industries: `,${r.industries},` }),
    },
  };
}

/**
 * The parcel features of a tile whose buffered box is `bbox`, at zoom `z`: today's, or with `asOf` those that
 * existed on that day (retired ones included) in their state then; parcels not yet in the ledger are absent.
 */
function parcelFeatures(
  db: Database,
  bbox: BBox,
  z: number,
  asOf?: { date: string; standing: StandingOn },
): Feature[] {
  const minSpan = z < FULL_DETAIL_ZOOM ? MIN_SPAN_PX * degPerPx(z) : 0;
  if (!asOf) return parcelsInBox(db, bbox, minSpan).map((r) => parcelFeature(r, r.state));
  return parcelsInBoxExistingOn(db, bbox, minSpan, asOf.date).flatMap((r) => {
    const state = asOf.standing(r.id);
    return state == null ? [] : [parcelFeature(r, state)];
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
 * The features of `layer` for a tile at zoom `z` whose buffered lon/lat box is `bbox`; `asOf` (parcels only)
 * gives the ledger on a past date.
 */
export function layerFeatures(
  db: Database,
  layer: TileLayerName,
  bbox: BBox,
  z: number,
  asOf?: { date: string; standing: StandingOn },
): Feature[] {
  return layer === 'parcels' ? parcelFeatures(db, bbox, z, asOf) : redevelopmentFeatures(db, bbox);
}
