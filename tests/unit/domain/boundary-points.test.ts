import { describe, expect, it } from 'vitest';
import { boundaryPoints } from '../../../domain/boundary-points.ts';

describe('boundaryPoints (界址点, CGCS2000 3° Gauss-Krüger CM 114°E, EPSG:4547)', () => {
  it('numbers the ring vertices J1… without the closing one, X northing and Y easting as GDAL gives them', () => {
    // Oracle: `gdaltransform -s_srs EPSG:4326 -t_srs EPSG:4547` (GDAL 3.6) on the same points.
    const pts = boundaryPoints({
      type: 'Polygon',
      coordinates: [
        [
          [114.2, 23.0],
          [114.21, 23.0],
          [114.21, 23.01],
          [114.2, 23.0],
        ],
      ],
    });
    expect(pts.map((p) => p.no)).toEqual(['J1', 'J2', 'J3']);
    const gdal = [
      [520504.536294566, 2544551.56175098],
      [521529.766244116, 2544552.99503549],
      [521528.179932602, 2545660.44102714],
    ];
    pts.forEach((p, i) => {
      expect(p.y).toBeCloseTo(gdal[i]![0]!, 3);
      expect(p.x).toBeCloseTo(gdal[i]![1]!, 3);
    });
    expect([pts[0]!.lon, pts[0]!.lat]).toEqual([114.2, 23.0]);
  });

  it('numbers on across the polygons of a MultiPolygon', () => {
    const square = (x: number) => [
      [
        [x, 23],
        [x + 0.001, 23],
        [x + 0.001, 23.001],
        [x, 23.001],
        [x, 23],
      ],
    ];
    const pts = boundaryPoints({ type: 'MultiPolygon', coordinates: [square(113.9), square(114.3)] });
    expect(pts.map((p) => p.no)).toEqual(['J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7', 'J8']);
    // West of the central meridian the easting is below the 500 km false easting, east of it above.
    expect(pts[0]!.y).toBeLessThan(500_000);
    expect(pts[4]!.y).toBeGreaterThan(500_000);
  });
});
