/**
 * writeMvtLayer against two independent oracles: @maplibre/vt-pbf, the library it replaces (the same bytes for
 * the same geojson-vt tile), and @mapbox/vector-tile + pbf, maplibre's own decoder (ids, types, properties and
 * vertices read back as written). Inputs: hand-written tile features of every geometry and value type, and the
 * tiles geojson-vt makes of the bundled sample's parcels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { type VtFeature, writeMvtLayer } from '../../../../server/tiles/mvt-writer.ts';

const EXTENT = 4096;
const library = (features: VtFeature[], name = 'parcels') =>
  fromGeojsonVt({ [name]: { features } } as never, { version: 2, extent: EXTENT });
const decode = (data: Uint8Array) => new VectorTile(new PbfReader(data));
/** Index of the first byte where `a` and `b` differ (their common length if one is a prefix), -1 if equal. */
const firstDifference = (a: Uint8Array, b: Uint8Array): number => {
  if (Buffer.from(a).equals(Buffer.from(b))) return -1;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

const square: VtFeature = {
  id: 7,
  type: 3,
  tags: { code: 'P-7', areaM2: 1234, areaMu: 1.851, state: 'ready' },
  geometry: [
    [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ],
  ],
};

describe('writeMvtLayer (MVT 2.1 layer writer)', () => {
  it('writes the same bytes as @maplibre/vt-pbf for polygons, lines and points with every value type', () => {
    const features: VtFeature[] = [
      square,
      // A polygon with a hole, a string id that is a number, an unclosed ring (kept whole).
      {
        id: '12',
        type: 3,
        tags: { code: 'P-12', negative: -3, yes: true, no: false, list: [1, 2], nothing: null },
        geometry: [
          [
            [0, 0],
            [100, 0],
            [100, 100],
            [0, 100],
            [0, 0],
          ],
          [
            [10, 10],
            [10, 20],
            [20, 20],
          ],
        ],
      },
      // A line, no id, a value equal to another feature's as a string ('1234' vs 1234).
      {
        type: 2,
        tags: { code: '1234', areaM2: '1234' },
        geometry: [
          [
            [-64, 5],
            [4160, 4100],
          ],
        ],
      },
      // Points, no tags.
      {
        id: 3,
        type: 1,
        tags: null,
        geometry: [
          [1, 2],
          [3, 4],
        ],
      },
    ];
    expect(firstDifference(writeMvtLayer('parcels', features, EXTENT), library(features))).toBe(-1);
  });

  it('writes the same bytes as vt-pbf for every zoom-12 to 16 tile geojson-vt makes of the sample parcels', () => {
    const parcels = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../geodata/parcels.geojson'), 'utf8'),
    ) as FeatureCollection;
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: parcels.features.map((f, i) => ({ ...f, id: i + 1 })),
    };
    // Tiles around 仲恺高新区 (114.3°E, 23.0°N): the tile holding that point and its neighbours.
    let compared = 0;
    for (const z of [12, 13, 14, 15, 16]) {
      const n = 2 ** z;
      const cx = Math.floor(((114.3 + 180) / 360) * n);
      const lat = (23.0 * Math.PI) / 180;
      const cy = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const tile = geoJSONToTile(collection, z, cx + dx, cy + dy, {
            extent: EXTENT,
            buffer: 64,
            tolerance: 3,
            maxZoom: 16,
          });
          if (!tile || tile.features.length === 0) continue;
          const features = tile.features as VtFeature[];
          expect(firstDifference(writeMvtLayer('parcels', features, EXTENT), library(features))).toBe(-1);
          compared++;
        }
      }
    }
    // The sample's parcels reach several tiles at each zoom: a test that compared nothing would pass.
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it('is read back by @mapbox/vector-tile: layer, id, type, properties and ring vertices', () => {
    const layer = decode(writeMvtLayer('sites', [square], EXTENT)).layers.sites!;
    expect(layer.version).toBe(2);
    expect(layer.extent).toBe(EXTENT);
    expect(layer.length).toBe(1);
    const f = layer.feature(0);
    expect(f.id).toBe(7);
    expect(f.type).toBe(3);
    expect(f.properties).toEqual({ code: 'P-7', areaM2: 1234, areaMu: 1.851, state: 'ready' });
    expect(f.loadGeometry()[0]!.map((p) => [p.x, p.y])).toEqual([
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ]);
  });

  it('leaves out an id that is not a number (vt-pbf writes it as 0, a wrong id)', () => {
    const layer = decode(writeMvtLayer('parcels', [{ ...square, id: 'abc' }], EXTENT)).layers.parcels!;
    expect(layer.feature(0).id).toBeUndefined();
  });

  it('keeps a string and a number of the same digits as two values of their own types', () => {
    const layer = decode(
      writeMvtLayer(
        'parcels',
        [
          { ...square, id: 1, tags: { v: 5 } },
          { ...square, id: 2, tags: { v: '5' } },
        ],
        EXTENT,
      ),
    ).layers.parcels!;
    expect(layer.feature(0).properties.v).toBe(5);
    expect(layer.feature(1).properties.v).toBe('5');
  });
});
