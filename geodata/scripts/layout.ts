/**
 * The spatial layout: water, roads, platform outlines (tuned to their target geodesic areas), street blocks
 * and the pieces that become parcels. Blocks near town centres are left as existing built-up land (no parcel
 * records); some of them host the 三旧改造 sites.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { ContextProps } from '../../domain/geodata-files.ts';
import { type Block, corridorBlocks, gridBlocks, type Obstacles } from './blocks.ts';
import { band, blob, polygonFeature, toLonLat, toXy, type Xy } from './geo.ts';
import { type Piece, splitBlock } from './parcel-split.ts';
import {
  BELT_ROAD_POINTS,
  BELT_SKETCH,
  DONGJIANG_RIVER,
  PLATFORM_SKETCHES,
  ROADS,
  S357,
  TONGHU_LAKE,
  TOWNS,
} from './places.ts';
import type { Rng } from './prng.ts';

/** A platform outline with its identity (properties are filled in later). */
export interface PlatformShape {
  id: string;
  feature: Feature<Polygon>;
}

/** Everything spatial the other modules need. */
export interface Layout {
  water: Feature<Polygon, ContextProps>[];
  roads: Feature<LineString, ContextProps>[];
  platforms: PlatformShape[];
  /** Pieces that become parcels, per platform in platform order. */
  pieces: Map<string, Piece[]>;
  /** Blocks kept free of parcels (existing built-up land), per platform. */
  freeBlocks: Map<string, Block[]>;
}

const ctx = (id: string, nameZh: string, nameEn: string, kind: string, ref = ''): ContextProps => ({
  id,
  nameZh,
  nameEn,
  kind,
  ref,
});

function scaledTo(points: readonly Xy[], target: number): Xy[] {
  const cx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const cy = points.reduce((s, p) => s + p[1], 0) / points.length;
  let k = 1;
  for (let i = 0; i < 4; i++) {
    const area = turf.area(
      polygonFeature(
        points.map(([x, y]) => [cx + (x - cx) * k, cy + (y - cy) * k]),
        {},
      ),
    );
    k *= Math.sqrt(target / area);
  }
  return points.map(([x, y]) => [cx + (x - cx) * k, cy + (y - cy) * k] as Xy);
}

/** The belt's half-width (m) such that the band around S357 measures `target` ㎡ geodesically. */
function beltHalfWidth(road: readonly Xy[], target: number): number {
  let lo = 300;
  let hi = 1500;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (turf.area(polygonFeature(band(road, mid), {})) < target) lo = mid;
    else hi = mid;
  }
  return Math.round(((lo + hi) / 2) * 10) / 10;
}

/** Distance (m) from a local point to the nearest town centre. */
function distToTown(p: Xy, nameZh: string): number {
  const town = TOWNS.find((t) => t.nameZh === nameZh);
  if (!town) throw new Error(`unknown town ${nameZh}`);
  const q = toXy(town.at);
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
}

/** Which blocks stay parcel-free: town cores and a scatter of villages / existing plants. */
function isFree(rng: Rng, platformId: string, b: Block): boolean {
  if (platformId === 'belt-357' && distToTown(b.centre, '陈江') < 650) return true;
  if (platformId === 'zichuang' && distToTown(b.centre, '惠环') < 1250) return true;
  return rng.chance(platformId === 'belt-357' ? 0.05 : 0.14);
}

/** Builds the layout deterministically from `rng`. */
export function buildLayout(rng: Rng): Layout {
  const lakeXy = blob(
    toXy(TONGHU_LAKE.at),
    TONGHU_LAKE.rx,
    TONGHU_LAKE.ry,
    28,
    [0.02, -0.03, 0.05, 0.01, -0.04, 0.03, 0.0, -0.02, 0.04, -0.01, 0.02, -0.05, 0.03],
  );
  const water: Feature<Polygon, ContextProps>[] = [
    polygonFeature(lakeXy, ctx('water-tonghu', '潼湖', 'Tonghu Lake', 'lake')),
    polygonFeature(
      band(DONGJIANG_RIVER.map(toXy), 220),
      ctx('water-dongjiang', '东江', 'Dongjiang River', 'river'),
    ),
  ];
  const roads: Feature<LineString, ContextProps>[] = ROADS.map((r) => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: r.line.map((p) => toLonLat(toXy(p))) },
    properties: ctx(r.id, r.nameZh, r.nameEn, r.kind, r.ref),
  }));
  const obstacles: Obstacles = {
    areas: [
      ...water.map((w) => turf.buffer(w, 60, { units: 'meters' }) as Feature<Polygon | MultiPolygon>),
      ...roads.map((r) => {
        const setback = r.properties.kind === 'main' ? 25 : 40;
        return turf.buffer(r, setback, { units: 'meters' }) as Feature<Polygon | MultiPolygon>;
      }),
    ],
  };
  // S357 itself is the belt's axis: the corridor blocks keep their own setback from it.
  const beltObstacles: Obstacles = {
    areas: obstacles.areas.filter((_, i) => i !== water.length + ROADS.findIndex((r) => r.ref === 'S357')),
  };

  const beltRoad = S357.slice(0, BELT_ROAD_POINTS).map(toXy);
  const w = beltHalfWidth(beltRoad, BELT_SKETCH.targetAreaM2);
  const platforms: PlatformShape[] = [{ id: BELT_SKETCH.id, feature: polygonFeature(band(beltRoad, w), {}) }];
  for (const sk of PLATFORM_SKETCHES) {
    const xy = sk.outline.map(toXy);
    const pts = sk.targetAreaM2 ? scaledTo(xy, sk.targetAreaM2) : xy;
    platforms.push({ id: sk.id, feature: polygonFeature(pts, {}) });
  }

  const pieces = new Map<string, Piece[]>();
  const freeBlocks = new Map<string, Block[]>();
  for (const p of platforms) {
    const sketch = PLATFORM_SKETCHES.find((s) => s.id === p.id);
    const blocks = sketch
      ? gridBlocks(rng, p.id, sketch.gridAngle, p.feature, obstacles)
      : corridorBlocks(rng, p.id, beltRoad, w, p.feature, beltObstacles);
    const mine: Piece[] = [];
    const free: Block[] = [];
    for (const b of blocks) {
      if (isFree(rng, p.id, b)) {
        free.push(b);
        continue;
      }
      // The belt is planned for many small and mid-sized innovation firms: smaller lots.
      const split = splitBlock(rng, b, p.id === 'belt-357' ? 0.92 : 1);
      if (split.length === 0) free.push(b);
      mine.push(...split);
    }
    pieces.set(p.id, mine);
    freeBlocks.set(p.id, free);
  }
  return { water, roads, platforms, pieces, freeBlocks };
}
