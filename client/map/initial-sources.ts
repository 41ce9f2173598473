/**
 * The main map's GeoJSON sources that can start with data: the basemap's context layers, the platforms and the
 * 三旧 sites that the shell asked for before the map chunk loaded (api/hooks.ts, prefetchMapData) and that
 * have arrived by the time the map is created.
 */
import type { FeatureCollection } from 'geojson';
import type { CachedMapData } from '../api/hooks.ts';
import { SOURCES } from './layer-ids.ts';
import { platformBoundaries, platformLabelPoints } from './platform-features.ts';

type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

/** GeoJSON data per source id (absent: the source starts empty). */
export type InitialSources = Partial<Record<SourceId, FeatureCollection>>;

/** The sources that can start with `data` (the very objects MapLayers will give them, so nothing is set twice). */
export function initialSources(data: CachedMapData | undefined): InitialSources {
  if (!data) return {};
  const out: InitialSources = {};
  if (data.water) out[SOURCES.water] = data.water;
  if (data.roads) out[SOURCES.roads] = data.roads;
  if (data.towns) out[SOURCES.towns] = data.towns;
  if (data.redevelopment) out[SOURCES.redevelopment] = data.redevelopment;
  if (data.platforms) {
    out[SOURCES.platforms] = platformBoundaries(data.platforms);
    out[SOURCES.platformLabels] = platformLabelPoints(data.platforms);
  }
  return out;
}
