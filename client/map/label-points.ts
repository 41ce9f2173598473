import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';

/** Mean of a ring's vertices (closing vertex excluded): inside any convex ring, and cheap. */
function vertexMean(ring: readonly Position[]): [number, number] {
  const n = Math.max(1, ring.length - 1);
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += ring[i]?.[0] ?? 0;
    y += ring[i]?.[1] ?? 0;
  }
  return [x / n, y / n];
}

/** The largest-ring polygon of a (multi)polygon, by vertex count — a cheap stand-in for "main part". */
function mainPolygon(g: Geometry): Polygon | null {
  if (g.type === 'Polygon') return g;
  if (g.type !== 'MultiPolygon') return null;
  let best: Position[][] | undefined;
  for (const p of g.coordinates) if (!best || (p[0]?.length ?? 0) > (best[0]?.length ?? 0)) best = p;
  return best ? { type: 'Polygon', coordinates: best } : null;
}

/**
 * One label point per polygon feature, inside it. Labelling the polygons directly repeats a label in every tile
 * the polygon crosses; a point source labels each feature once. The vertex mean is used when it lies inside
 * (true for the convex blocks that make up most parcels), else turf's pointOnFeature.
 */
export function labelPoints<P extends { id: string }>(
  fc: FeatureCollection<Geometry, P>,
  pick: (p: P) => Record<string, string | number>,
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of fc.features) {
    const poly = mainPolygon(f.geometry);
    if (!poly?.coordinates[0]) continue;
    let pt: Position = vertexMean(poly.coordinates[0]);
    if (!booleanPointInPolygon(pt, poly)) pt = pointOnFeature(poly).geometry.coordinates;
    features.push({
      type: 'Feature',
      id: f.properties.id,
      geometry: { type: 'Point', coordinates: pt },
      properties: pick(f.properties),
    });
  }
  return { type: 'FeatureCollection', features };
}
