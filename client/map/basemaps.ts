/**
 * Online basemaps (OpenStreetMap raster, 天地图 vector/imagery with annotation) as raster sources and layers
 * inserted under our own layers. All are WGS84/Web Mercator with no offset (unlike GCJ-02 高德/腾讯 tiles),
 * so our lon/lat data lines up. 天地图 needs a key (from /api/config); without one it is not offered. The tile
 * origins come from domain/basemap-hosts.ts, which the server's Content-Security-Policy allows.
 */
import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';
import { OSM_TILE_ORIGIN, TIANDITU_TILE_ORIGINS } from '../../domain/basemap-hosts.ts';
import type { UiLang } from '../i18n/index.ts';
import type { BasemapId } from '../state/url-state.ts';

/** Prefix of every online basemap source id; map 'error' events from these become the "unreachable" notice. */
export const BASEMAP_SOURCE_PREFIX = 'basemap-';

export interface BasemapSpec {
  sources: Record<string, RasterSourceSpecification>;
  layers: LayerSpecification[];
}

/** A 天地图 WMTS layer in Web Mercator (`_w`), e.g. vec/cva/img/cia/eva/eia, over the 8 subdomains. */
function tianditu(layer: string, key: string): RasterSourceSpecification {
  const k = encodeURIComponent(key);
  return {
    type: 'raster',
    tileSize: 256,
    maxzoom: 18,
    attribution: '© 天地图 Tianditu',
    tiles: TIANDITU_TILE_ORIGINS.map(
      (origin) =>
        `${origin}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
        `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${k}`,
    ),
  };
}

const raster = (id: string): LayerSpecification => ({
  id: `${BASEMAP_SOURCE_PREFIX}${id}`,
  type: 'raster',
  source: `${BASEMAP_SOURCE_PREFIX}${id}`,
});

/** Which basemaps can be offered: 天地图 only with a key. */
export function availableBasemaps(tiandituKey: string | null): BasemapId[] {
  return tiandituKey ? ['offline', 'osm', 'tdt-vec', 'tdt-img'] : ['offline', 'osm'];
}

/** Sources and layers of an online basemap; null for the offline one (drawn by the style itself). */
export function basemapSpec(id: BasemapId, tiandituKey: string | null, lang: UiLang): BasemapSpec | null {
  if (id === 'osm') {
    return {
      sources: {
        'basemap-osm': {
          type: 'raster',
          tiles: [`${OSM_TILE_ORIGIN}/{z}/{x}/{y}.png`],
          tileSize: 256,
          maxzoom: 19,
          attribution: '© OpenStreetMap contributors',
        },
      },
      layers: [raster('osm')],
    };
  }
  if ((id === 'tdt-vec' || id === 'tdt-img') && tiandituKey) {
    const base = id === 'tdt-vec' ? 'vec' : 'img';
    // Annotation layer: Chinese (cva/cia) or English (eva/eia) labels following the UI language.
    const notes = id === 'tdt-vec' ? (lang === 'en' ? 'eva' : 'cva') : lang === 'en' ? 'eia' : 'cia';
    return {
      sources: {
        [`basemap-${base}`]: tianditu(base, tiandituKey),
        [`basemap-${notes}`]: tianditu(notes, tiandituKey),
      },
      layers: [raster(base), raster(notes)],
    };
  }
  return null;
}
