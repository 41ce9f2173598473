/**
 * GET /api/tiles/{layer}/{z}/{x}/{y}.mvt — vector tiles (Mapbox Vector Tile 2.1, one source layer named after
 * `layer`: `parcels` or `redevelopment`) for zooms 0–16, and GET /api/tiles/{layer}.json — their TileJSON 3.0
 * (URL template carrying the tile version, zoom range, bounds, fields).
 *
 * A tile URL with the TileJSON's `?v=` (the current data version and the version of the tile rules, `~t2`) is
 * immutable (an edit or an upgrade that changes what tiles hold changes it, so browsers and CDNs may keep a tile
 * for a year); without it, or with an older one, the answer must be revalidated. Tiles are sent gzip-encoded when the client accepts it (every browser does).
 *
 * `asOf=YYYY-MM-DD` on a parcel tile (and on the TileJSON, whose template then carries it) draws the ledger as
 * it stood that day, as GET /api/parcels?asOf= lists it (read-models/parcels-as-of.ts): parcels not yet in the
 * ledger are absent, parcels retired since (split, merged) are present, each in its state then.
 */
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { z } from 'zod';
import { IsoDate } from '../../domain/schemas.ts';
import { currentDataVersion } from '../db/queries/meta.ts';
import { parcelsExtent } from '../db/queries/tiles.ts';
import { InvalidInputError } from '../errors.ts';
import { TILE_MAX_ZOOM } from '../tiles/encode-tile.ts';
import { tileCache } from '../tiles/tile-cache.ts';
import { TILE_FIELDS, TILE_LAYERS, TILE_RULES } from '../tiles/tile-layers.ts';
import { isTile } from '../tiles/tile-math.ts';
import type { AppDeps } from './deps.ts';
import { valid } from './validate.ts';

const MVT_TYPE = 'application/vnd.mapbox-vector-tile';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const coord = z
  .string()
  .regex(/^\d{1,7}$/, 'expected a whole number')
  .transform(Number);

const TileParam = z.object({
  layer: z.enum(TILE_LAYERS),
  z: coord.pipe(z.number().max(TILE_MAX_ZOOM, `at most ${TILE_MAX_ZOOM} (deeper zooms over-zoom)`)),
  x: coord,
  y: z
    .string()
    .regex(/^\d{1,7}\.mvt$/, 'expected {y}.mvt')
    .transform((s) => Number(s.slice(0, -4))),
});
const TileQuery = z.object({ v: z.string().max(200).optional(), asOf: IsoDate.optional() });
/** `v` (any data version: the client's cache-buster) and `asOf` (carried into the tile URL template). */
const TileJsonQuery = TileQuery;
const TileJsonParam = z.object({
  name: z
    .string()
    .regex(/^[a-z]+\.json$/, 'expected {layer}.json')
    .transform((s) => s.slice(0, -5))
    .pipe(z.enum(TILE_LAYERS)),
});

/** The `v` of tile URLs: the data version and the tile rules' (either changes what a tile holds). */
const tileVersion = (dataVersion: string) => `${dataVersion}~t${TILE_RULES}`;

/** The parcels' extent per database and data version (a scan of the bbox columns, so kept). */
const extents = new WeakMap<AppDeps['db'], { version: string; bbox: ReturnType<typeof parcelsExtent> }>();
function extentOf(db: AppDeps['db'], version: string) {
  let e = extents.get(db);
  if (e?.version !== version) {
    e = { version, bbox: parcelsExtent(db) };
    extents.set(db, e);
  }
  return e.bbox;
}

export const tileRoutes = ({ db }: AppDeps) =>
  new Hono()
    .get('/:name', valid('param', TileJsonParam), valid('query', TileJsonQuery), (c) => {
      const layer = c.req.valid('param').name;
      const { asOf } = c.req.valid('query');
      if (asOf && layer !== 'parcels')
        throw new InvalidInputError('asOf', 'asOf: only parcel tiles have a past');
      const dataVersion = currentDataVersion(db);
      const version = encodeURIComponent(tileVersion(dataVersion)) + (asOf ? `&asOf=${asOf}` : '');
      const origin = new URL(c.req.url).origin;
      return c.json(
        {
          tilejson: '3.0.0',
          name: layer,
          scheme: 'xyz',
          tiles: [`${origin}/api/tiles/${layer}/{z}/{x}/{y}.mvt?v=${version}`],
          minzoom: 0,
          maxzoom: TILE_MAX_ZOOM,
          bounds: extentOf(db, dataVersion) ?? [-180, -85, 180, 85],
          vector_layers: [{ id: layer, fields: TILE_FIELDS[layer], minzoom: 0, maxzoom: TILE_MAX_ZOOM }],
        },
        200,
        { 'Cache-Control': REVALIDATE },
      );
    })
    .get('/:layer/:z/:x/:y', valid('param', TileParam), valid('query', TileQuery), (c) => {
      const { layer, ...t } = c.req.valid('param');
      if (!isTile(t)) throw new InvalidInputError('x', `x, y: tile ${t.z}/${t.x}/${t.y} is outside the grid`);
      const { v, asOf } = c.req.valid('query');
      if (asOf && layer !== 'parcels')
        throw new InvalidInputError('asOf', 'asOf: only parcel tiles have a past');
      const dataVersion = currentDataVersion(db);
      const cache = tileCache(db);
      const { gzip, source } = asOf ? cache.getAsOf(t, asOf, dataVersion) : cache.get(layer, t);
      const current = v === tileVersion(dataVersion);
      const headers: Record<string, string> = {
        'Content-Type': MVT_TYPE,
        'Cache-Control': current ? IMMUTABLE : REVALIDATE,
        'X-Tile-Cache': source,
        Vary: 'Accept-Encoding',
      };
      if (gzip.byteLength === 0) return c.body(null, 204, headers);
      if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
        return c.body(gzip, 200, { ...headers, 'Content-Encoding': 'gzip' });
      }
      return c.body(Uint8Array.from(gunzipSync(gzip)), 200, headers);
    });
