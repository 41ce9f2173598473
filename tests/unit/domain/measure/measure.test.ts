import type { Polygon } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  formatLength,
  formatMeasuredArea,
  lineBuffer,
  lineLengthM,
  polygonAreaM2,
} from '../../../../domain/measure/measure.ts';

// Oracle: a rectangle laid out in metres in the CGCS2000 3° Gauss-Krüger zone of CM 114° E (EPSG:4547, via
// proj4, on the ellipsoid) and taken back to lon/lat: its true size is known independently of turf.
const GK = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const toLonLat = (x: number, y: number) => proj4(GK, 'WGS84', [x, y]) as [number, number];
const X0 = 525_000; // ≈ 114.245° E
const Y0 = 2_545_000; // ≈ 23.0° N

function rectangle(w: number, h: number): Polygon {
  const ring = [
    toLonLat(X0, Y0),
    toLonLat(X0 + w, Y0),
    toLonLat(X0 + w, Y0 + h),
    toLonLat(X0, Y0 + h),
    toLonLat(X0, Y0),
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

describe('measure (geodesic, turf)', () => {
  it('a 1,000 × 500 m rectangle near 潼湖 measures 500,000 ㎡ (750 亩) within 0.5 %', () => {
    const a = polygonAreaM2(rectangle(1000, 500));
    expect(Math.abs(a - 500_000) / 500_000).toBeLessThan(0.005);
  });

  it('a 2 km east–west line and its 1 km northward leg measure 3,000 m within 0.5 %', () => {
    const m = lineLengthM([toLonLat(X0, Y0), toLonLat(X0 + 2000, Y0), toLonLat(X0 + 2000, Y0 + 1000)]);
    expect(Math.abs(m - 3000) / 3000).toBeLessThan(0.005);
  });

  it('a line of one position has no length', () => {
    expect(lineLengthM([[114.2, 23]])).toBe(0);
  });

  it('a 100 m buffer around a 1 km line covers 2 × 100 × 1000 + π × 100² ≈ 231,416 ㎡ within 1 %', () => {
    const line = { type: 'LineString' as const, coordinates: [toLonLat(X0, Y0), toLonLat(X0 + 1000, Y0)] };
    const a = polygonAreaM2(lineBuffer(line, 100));
    // Round ends drawn with 8 segments per quarter circle fall short of π r² by ≈ 0.6 % of the end area.
    expect(Math.abs(a - 231_416) / 231_416).toBeLessThan(0.01);
  });

  it('refuses a buffer of 0 m or more than 5 km', () => {
    const line = { type: 'LineString' as const, coordinates: [toLonLat(X0, Y0), toLonLat(X0 + 10, Y0)] };
    expect(() => lineBuffer(line, 0)).toThrow(/buffer distance/);
    expect(() => lineBuffer(line, 5001)).toThrow(/buffer distance/);
  });

  it('formats lengths in m below 1 km and in km above', () => {
    expect(formatLength(850.4, 'zh-CN')).toBe('850 m');
    expect(formatLength(1254, 'en')).toBe('1.25 km');
  });

  it('formats areas in ㎡, 亩 and km² together (1 亩 = 10000/15 ㎡)', () => {
    expect(formatMeasuredArea(500_000, 'zh-CN')).toBe('500,000 ㎡ · 750.0 亩 · 0.500 km²');
    expect(formatMeasuredArea(20_000, 'en')).toBe('20,000 m² · 30.0 mu · 0.0200 km²');
  });
});
