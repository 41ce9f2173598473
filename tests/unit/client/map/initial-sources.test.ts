import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { CachedMapData } from '../../../../client/api/hooks.ts';
import { initialSources } from '../../../../client/map/initial-sources.ts';
import { platformBoundaries, platformLabelPoints } from '../../../../client/map/platform-features.ts';
import { holdsData, noteData } from '../../../../client/map/source-data.ts';
import { buildStyle } from '../../../../client/map/style.ts';

const geodata = resolve(import.meta.dirname, '../../../../geodata');
const read = (f: string) => JSON.parse(readFileSync(join(geodata, f), 'utf8')) as FeatureCollection;
const roads = read('roads.geojson');
const platforms = read('platforms.geojson').features.map((f) => ({
  id: String(f.properties?.id),
  nameZh: String(f.properties?.nameZh),
  nameEn: String(f.properties?.nameEn),
  geometry: f.geometry,
}));
const cached = (d: Record<string, unknown>) => d as unknown as CachedMapData;

describe('the main map starts with the GeoJSON data that has already arrived', () => {
  it('puts the arrived layers into the initial style and leaves the others empty', () => {
    const style = buildStyle(
      'zh-CN',
      'http://h/api/tiles/parcels.json',
      'state',
      initialSources(cached({ roads })),
    );
    const data = (id: string) => (style.sources[id] as { data: FeatureCollection }).data;
    expect(data('roads')).toBe(roads);
    expect(data('water')).toEqual({ type: 'FeatureCollection', features: [] });
    expect(data('redevelopment')).toEqual({ type: 'FeatureCollection', features: [] });
    expect(style.sources.platforms).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });

  it('gives the platform sources the very objects the map layers will set, so they are not parsed twice', () => {
    const start = initialSources(cached({ platforms }));
    // MapLayers derives its data from the same cached list; the same object means no second setData.
    expect(start.platforms).toBe(platformBoundaries(platforms));
    expect(start['platform-labels']).toBe(platformLabelPoints(platforms));
    expect(start.platforms?.features.map((f) => f.id)).toEqual(platforms.map((p) => p.id));
    // A new list (the platforms asked again after an edit) gets new data.
    expect(platformBoundaries([...platforms])).not.toBe(start.platforms);
  });

  it('places each platform label inside its boundary (the 357 band is a long belt)', () => {
    const labels = initialSources(cached({ platforms }))['platform-labels'] as FeatureCollection<Point>;
    expect(labels.features).toHaveLength(7);
    for (const [i, label] of labels.features.entries()) {
      const boundary = platforms[i]!.geometry as Polygon;
      expect(booleanPointInPolygon(label.geometry.coordinates, boundary), platforms[i]!.id).toBe(true);
    }
  });

  it('is empty before the cache is known', () => {
    expect(initialSources(undefined)).toEqual({});
  });
});

describe('a source is given new data only when the data is another object', () => {
  it('remembers what each source of each map holds', () => {
    const map = {} as MapLibreMap;
    const other = {} as MapLibreMap;
    expect(holdsData(map, 'roads', roads)).toBe(false);
    noteData(map, 'roads', roads);
    expect(holdsData(map, 'roads', roads)).toBe(true);
    // An equal copy is new data (an edit answered with the same content still reaches the map).
    expect(holdsData(map, 'roads', structuredClone(roads))).toBe(false);
    expect(holdsData(map, 'water', roads)).toBe(false);
    expect(holdsData(other, 'roads', roads)).toBe(false);
  });
});
