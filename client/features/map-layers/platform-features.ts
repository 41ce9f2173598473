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

/** Platform boundaries as a FeatureCollection (id promoted for feature-state). */
export function platformBoundaries(list: readonly PlatformShape[]): FeatureCollection<Geometry, NameProps> {
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

/** One label point per platform, guaranteed inside its boundary (a centroid can fall outside a long belt). */
export function platformLabelPoints(list: readonly PlatformShape[]): FeatureCollection<Point, NameProps> {
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
