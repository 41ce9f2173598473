/**
 * Where the online basemaps' tiles come from. The client builds its tile URLs from these origins and the server
 * lists exactly these in its Content-Security-Policy (`img-src` / `connect-src`), so allowing a basemap and
 * drawing it can never drift apart.
 */

/** OpenStreetMap's standard raster tile server. */
export const OSM_TILE_ORIGIN = 'https://tile.openstreetmap.org';

/** 天地图's eight tile subdomains (t0 … t7), used only when a 天地图 key is configured. */
export const TIANDITU_TILE_ORIGINS: readonly string[] = [0, 1, 2, 3, 4, 5, 6, 7].map(
  (i) => `https://t${i}.tianditu.gov.cn`,
);

/** Origins the map may load tiles from: OSM always (it needs no key), 天地图 only with a key. */
export const basemapOrigins = (tiandituKey: string | null): string[] =>
  tiandituKey ? [OSM_TILE_ORIGIN, ...TIANDITU_TILE_ORIGINS] : [OSM_TILE_ORIGIN];
