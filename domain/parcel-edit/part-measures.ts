/**
 * Geodesic measures of a parcel geometry (turf: area on the WGS84 authalic sphere, lengths by haversine) and the
 * sliver test of split parts. Areas in ㎡ and 亩, lengths in metres.
 */
import { lineString, polygon, area as turfArea, length as turfLength } from '@turf/turf';
import type { AreaGeometry } from '../schemas.ts';
import { m2ToMu } from '../units.ts';
import type { ParcelEditOptions } from './edit-options.ts';

/** Area, perimeter and mean width of a polygon geometry. */
export interface PartMeasures {
  /** Geodesic area, ㎡. */
  areaM2: number;
  /** The same area in 亩. */
  areaMu: number;
  /** Length of all rings (outer and holes), m. */
  perimeterM: number;
  /** 2 × area ÷ perimeter, m: the width of a long strip, half the side of a square. */
  meanWidthM: number;
}

const polygonsOf = (g: AreaGeometry): number[][][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

/** Geodesic area (㎡) of a Polygon or MultiPolygon. */
export function geodesicAreaM2(g: AreaGeometry): number {
  return polygonsOf(g).reduce((s, rings) => s + turfArea(polygon(rings)), 0);
}

/** Area, perimeter and mean width of a geometry (see `PartMeasures`). */
export function measurePart(g: AreaGeometry): PartMeasures {
  const areaM2 = geodesicAreaM2(g);
  let perimeterM = 0;
  for (const rings of polygonsOf(g)) {
    for (const ring of rings) perimeterM += turfLength(lineString(ring), { units: 'kilometers' }) * 1000;
  }
  return {
    areaM2,
    areaMu: m2ToMu(areaM2),
    perimeterM,
    meanWidthM: perimeterM > 0 ? (2 * areaM2) / perimeterM : 0,
  };
}

/** Why a part is a sliver: too small or too narrow (see `ParcelEditOptions`); null when it is usable. */
export function sliverReason(
  m: PartMeasures,
  opts: Pick<ParcelEditOptions, 'minPartAreaM2' | 'minPartWidthM'>,
): { zh: string; en: string } | null {
  const a = m.areaM2.toFixed(1);
  if (m.areaM2 < opts.minPartAreaM2) {
    return {
      zh: `面积 ${a} ㎡ 小于最小值 ${opts.minPartAreaM2} ㎡`,
      en: `its area ${a} m² is below the minimum ${opts.minPartAreaM2} m²`,
    };
  }
  if (m.meanWidthM < opts.minPartWidthM) {
    const w = m.meanWidthM.toFixed(2);
    return {
      zh: `平均宽度 ${w} m（2×面积÷周长）小于最小值 ${opts.minPartWidthM} m`,
      en: `its mean width ${w} m (2 × area ÷ perimeter) is below the minimum ${opts.minPartWidthM} m`,
    };
  }
  return null;
}
