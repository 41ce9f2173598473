import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';

/** What the map needs of a platform: id, names and boundary. */
export interface PlatformShape {
  id: string;
  nameZh: string;
  nameEn: string;
  geometry: Geometry;
}

type NameProps = { id: string; nameZh: string; nameEn: string };

/**
 * One answer per list: the map's initial style (created before React renders) and MapLayers derive the
 * platform sources from the same cached list, and the map skips putting identical data into a source again
 * (use-geojson-data.ts), which would make its worker parse the source a second time.
 */
function perList<T>(build: (list: readonly PlatformShape[]) => T): (list: readonly PlatformShape[]) => T {
  const made = new WeakMap<readonly PlatformShape[], T>();
  return (list) => {
    let got = made.get(list);
    if (got === undefined) {
      got = build(list);
      made.set(list, got);
    }
    return got;
  };
}

/** Platform boundaries as a FeatureCollection (id promoted for feature-state); the same object per list. */
export const platformBoundaries = perList(boundariesOf);

/** One label point per platform (inside its boundary); the same object per list. */
export const platformLabelPoints = perList(labelPointsOf);

function boundariesOf(list: readonly PlatformShape[]): FeatureCollection<Geometry, NameProps> {
  return {
    type: 'FeatureCollection',
    features: list.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: p.geometry,
      properties: { id: p.id, nameZh: p.nameZh, nameEn: p.nameEn },
    })),
  };
}

/** A centroid can fall outside a long belt (the 357 band): pointOnFeature is always inside. */
function labelPointsOf(list: readonly PlatformShape[]): FeatureCollection<Point, NameProps> {
  return {
    type: 'FeatureCollection',
    features: list.map(
      (p): Feature<Point, NameProps> => ({
        type: 'Feature',
        id: p.id,
        geometry: pointOnFeature({ type: 'Feature', geometry: p.geometry, properties: {} }).geometry,
        properties: { id: p.id, nameZh: p.nameZh, nameEn: p.nameEn },
      }),
    ),
  };
}
