/**
 * The data each GeoJSON source of a map was last given (initial style or setData). Putting the same data into a
 * source again makes maplibre's worker parse and tile it again and the map draw it again — at start-up, one
 * more round of frames, each of them 100–400 ms of software rasterising (README, "Performance: map start-up").
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

const held = new WeakMap<MapLibreMap, Map<string, unknown>>();

function of(map: MapLibreMap): Map<string, unknown> {
  let m = held.get(map);
  if (!m) {
    m = new Map();
    held.set(map, m);
  }
  return m;
}

/** Whether `sourceId` of `map` was last given exactly `data` (the same object). */
export const holdsData = (map: MapLibreMap, sourceId: string, data: unknown): boolean =>
  of(map).get(sourceId) === data;

/** Records that `sourceId` of `map` now holds `data`. */
export function noteData(map: MapLibreMap, sourceId: string, data: unknown): void {
  of(map).set(sourceId, data);
}
