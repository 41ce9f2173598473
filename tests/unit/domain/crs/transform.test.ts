import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { crsById } from '../../../../domain/crs/crs-catalog.ts';
import { lonLatTransform, type SevenParameters } from '../../../../domain/crs/transform.ts';

const transform = (id: string, seven?: SevenParameters) => {
  const t = lonLatTransform(crsById(id)!, seven);
  if (!t.ok) throw new Error(t.message);
  return t.transform;
};

// Oracle: `echo '114.3 23.0' | gdaltransform -s_srs '+proj=longlat +ellps=GRS80' -t_srs EPSG:n -output_xy`.
const GDAL: [string, number, number][] = [
  ['EPSG:4547', 530756.859055549, 2544569.04091442],
  ['EPSG:4526', 38530756.8590555, 2544569.04091442],
  ['EPSG:4498', 20223117.4746357, 2547087.9537572],
  ['EPSG:4509', 223117.474635722, 2547087.9537572],
  ['EPSG:4535', 4401352.64804254, 3077280.3625382],
  ['EPSG:3857', 12723817.7976712, 2632018.63758642],
];

describe('transformation to and from lon/lat', () => {
  it.each(GDAL)('%s: 114.3°E 23.0°N ↔ GDAL’s metres within 1 mm', (id, x, y) => {
    const t = transform(id);
    const [e, n] = t.fromLonLat(114.3, 23.0);
    expect(Math.abs(e - x)).toBeLessThan(0.001);
    expect(Math.abs(n - y)).toBeLessThan(0.001);
    const [lon, lat] = t.toLonLat(x, y);
    expect(Math.abs(lon - 114.3)).toBeLessThan(1e-8);
    expect(Math.abs(lat - 23.0)).toBeLessThan(1e-8);
  });

  it("Xi'an 1980 zone 38 with a 7-parameter set: GDAL's +towgs84 answer within 1 mm; refused without one", () => {
    const seven: SevenParameters = {
      dx: -120.5,
      dy: -80.3,
      dz: 60.2,
      rx: 1.5,
      ry: -2.1,
      rz: 0.8,
      ppm: 3.2,
      convention: 'position_vector',
    };
    const [e, n] = transform('EPSG:2362', seven).fromLonLat(114.3, 23.0);
    // gdaltransform -s_srs '+proj=longlat +ellps=GRS80 +towgs84=0,0,0' -t_srs '+proj=tmerc … +towgs84=-120.5,-80.3,60.2,1.5,-2.1,0.8,3.2'
    expect(Math.abs(e - 38530560.9910437)).toBeLessThan(0.001);
    expect(Math.abs(n - 2544489.71213343)).toBeLessThan(0.001);
    const frame = transform('EPSG:2362', {
      ...seven,
      rx: -1.5,
      ry: 2.1,
      rz: -0.8,
      convention: 'coordinate_frame',
    });
    expect(frame.fromLonLat(114.3, 23.0)[0]).toBeCloseTo(e, 6);
    const refused = lonLatTransform(crsById('EPSG:2362')!);
    expect(refused).toMatchObject({ ok: false, reason: 'needs_seven_parameters' });
  });

  it('GCJ-02 and BD-09: the inverse agrees with gcoord’s forward offset to < 1 mm (gcoord’s own inverse is ≈ 0.1 m off)', () => {
    for (const [id, system] of [
      ['GCJ02', gcoord.GCJ02],
      ['BD09', gcoord.BD09],
    ] as const) {
      const t = transform(id);
      for (let i = 0; i < 50; i++) {
        const lon = 113.9 + (i % 10) * 0.08;
        const lat = 22.7 + Math.floor(i / 10) * 0.12;
        const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, system) as number[];
        const [lon2, lat2] = t.toLonLat(x!, y!);
        expect(Math.abs(lon2 - lon) * 102_000).toBeLessThan(0.001);
        expect(Math.abs(lat2 - lat) * 110_600).toBeLessThan(0.001);
      }
    }
  });
});
