import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import { booleanClockwise } from '@turf/turf';
import { DOMParser } from '@xmldom/xmldom';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parcelListGeoJson } from '../../../../server/reports/geojson.ts';
import { kmlColour, parcelListKml, xml } from '../../../../server/reports/kml.ts';
import { listModel, rect, rows } from './fixture-models.ts';

function parseKml(text: string) {
  const dom = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') throw new Error(msg);
    },
  }).parseFromString(text, 'text/xml');
  // togeojson expects a browser Document; xmldom's is structurally compatible.
  return kmlToGeoJson(dom as unknown as Document);
}

const close = (a: Position[], b: Position[]) => {
  expect(a).toHaveLength(b.length);
  a.forEach((p, i) => {
    expect(p[0]).toBeCloseTo(b[i]![0]!, 6);
    expect(p[1]).toBeCloseTo(b[i]![1]!, 6);
  });
};

describe('GeoJSON export', () => {
  it('is an RFC 7946 FeatureCollection: ids, properties, counter-clockwise outer rings, no crs', () => {
    const fc = parcelListGeoJson(listModel);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc).not.toHaveProperty('crs');
    expect(fc.features).toHaveLength(rows.length);
    const f = fc.features[2]!;
    expect(f.id).toBe('p-2');
    expect(f.properties).toMatchObject({
      code: 'ZK357-002',
      stateZh: '已出让',
      platformNameZh: '357创新产业带',
    });
    expect(booleanClockwise((f.geometry as Polygon).coordinates[0]!)).toBe(false);
  });

  it('rewinds a clockwise outer ring and rounds to 7 decimals', () => {
    const cw = rect(114.2, 23.0, 0.001, 0.001);
    cw.coordinates[0]!.reverse();
    cw.coordinates[0]![0] = [114.200000012, 23.0];
    cw.coordinates[0]![4] = [114.200000012, 23.0];
    const fc = parcelListGeoJson({ ...listModel, rows: [{ ...rows[0]!, geometry: cw }] });
    const ring = (fc.features[0]!.geometry as Polygon).coordinates[0]!;
    expect(booleanClockwise(ring)).toBe(false);
    expect(ring[0]).toEqual([114.2, 23]);
  });
});

describe('KML export', () => {
  const text = parcelListKml(listModel);

  it('parses back (togeojson) to the same geometry as the GeoJSON export, with name and description', () => {
    const back = parseKml(text);
    const fc = parcelListGeoJson(listModel);
    expect(back.features).toHaveLength(fc.features.length);
    back.features.forEach((f, i) => {
      const want = fc.features[i]!;
      expect(f.properties?.name).toBe(want.properties.code);
      expect(String(f.properties?.description)).toContain('供地状态');
      expect(f.geometry?.type).toBe('Polygon');
      close((f.geometry as Polygon).coordinates[0]!, (want.geometry as Polygon).coordinates[0]!);
    });
    expect(back.features[2]!.properties).toMatchObject({
      code: 'ZK357-002',
      state: '已出让',
      styleUrl: '#state-transferred',
    });
  });

  it('keeps MultiPolygons and holes', () => {
    const withHole = rect(114.3, 23.0, 0.01, 0.01);
    withHole.coordinates.push([
      [114.302, 23.002],
      [114.302, 23.004],
      [114.304, 23.004],
      [114.304, 23.002],
      [114.302, 23.002],
    ]);
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [withHole.coordinates, rect(114.32, 23.0, 0.01, 0.01).coordinates],
    };
    const back = parseKml(parcelListKml({ ...listModel, rows: [{ ...rows[0]!, geometry: multi }] }));
    const want = parcelListGeoJson({ ...listModel, rows: [{ ...rows[0]!, geometry: multi }] }).features[0]!
      .geometry;
    // togeojson reads a KML MultiGeometry as a GeometryCollection of its polygons.
    const g = back.features[0]!.geometry!;
    expect(g.type).toBe('GeometryCollection');
    if (g.type !== 'GeometryCollection' || want.type !== 'MultiPolygon') throw new Error('unexpected types');
    expect(g.geometries).toHaveLength(2);
    g.geometries.forEach((part, i) => {
      expect(part.type).toBe('Polygon');
      const rings = (part as Polygon).coordinates;
      expect(rings).toHaveLength(want.coordinates[i]!.length);
      rings.forEach((ring, j) => {
        close(ring, want.coordinates[i]![j]!);
      });
    });
  });

  it('escapes names that try to break out of the XML', () => {
    const evil = ']]></description><script>alert(1)</script>&<"\'\u0001';
    const rowsEvil = [{ ...rows[0]!, parcel: { ...rows[0]!.parcel, code: evil, town: evil } }];
    const back = parseKml(parcelListKml({ ...listModel, filterLabelZh: evil, rows: rowsEvil }));
    expect(back.features[0]!.properties?.name).toBe(evil.replace('\u0001', ''));
    expect(String(back.features[0]!.properties?.description)).toContain('&lt;script&gt;');
    expect(xml('a<b & "c"')).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  it('writes KML colours as aabbggrr', () => {
    expect(kmlColour('#4dac26', 0xb3)).toBe('b326ac4d');
  });
});
