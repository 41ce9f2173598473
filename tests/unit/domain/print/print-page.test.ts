import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  mapFrameMm,
  metresPerDegree,
  pageSizeMm,
  printExtent,
  scaleBar,
} from '../../../../domain/print/print-page.ts';

// Oracle for ground distances: proj4's transverse Mercator on the CGCS2000/WGS84 ellipsoid with its central
// meridian through the sheet centre and scale factor 1 (a Gauss-Krüger projection local to the sheet).
const gk = (lon0: number) =>
  proj4('WGS84', `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs`);

describe('print page geometry (ISO 216 paper, 10 mm margins, 14 mm title, 30 mm footer)', () => {
  it('A4 landscape is 297 × 210 mm with a 277 × 146 mm map frame', () => {
    expect(pageSizeMm('a4', 'landscape')).toEqual({ width: 297, height: 210 });
    expect(mapFrameMm('a4', 'landscape')).toEqual({ x: 10, y: 24, width: 277, height: 146 });
  });

  it('A3 portrait is 297 × 420 mm with a 277 × 356 mm map frame', () => {
    expect(mapFrameMm('a3', 'portrait')).toEqual({ x: 10, y: 24, width: 277, height: 356 });
  });

  it('at 1:10,000 the A4 landscape frame covers 2,770 × 1,460 m (hand-computed: 277 mm × 10,000)', () => {
    const e = printExtent('a4', 'landscape', 10_000, [114.25, 23.0]);
    expect(e.widthM).toBeCloseTo(2770, 9);
    expect(e.heightM).toBeCloseTo(1460, 9);
  });

  it('at 1:50,000 the A3 portrait frame covers 13,850 × 17,800 m', () => {
    const e = printExtent('a3', 'portrait', 50_000, [114.25, 23.0]);
    expect(e.widthM).toBeCloseTo(13_850, 9);
    expect(e.heightM).toBeCloseTo(17_800, 9);
  });

  it('the degree box of a 1:50,000 A3 sheet measures 13,850 × 17,800 m in a local Gauss-Krüger projection (proj4) within 0.05 %', () => {
    const e = printExtent('a3', 'portrait', 50_000, [114.25, 23.0]);
    const [w, s, east, n] = e.box;
    const p = gk(114.25);
    const [x0, yMid0] = p.forward([w, 23.0]);
    const [x1] = p.forward([east, 23.0]);
    const [, y0] = p.forward([114.25, s]);
    const [, y1] = p.forward([114.25, n]);
    expect(Math.abs(x1 - x0 - 13_850) / 13_850).toBeLessThan(5e-4);
    expect(Math.abs(y1 - y0 - 17_800) / 17_800).toBeLessThan(5e-4);
    expect(yMid0).toBeGreaterThan(0);
  });

  // Published WGS84 figures (e.g. the "length of a degree" table in Wikipedia's Latitude article).
  it('one degree at 20° N: 110,704 m of latitude, 104,647 m of longitude; at 30° N: 110,852 m, 96,486 m (±2 m)', () => {
    const k20 = metresPerDegree(20);
    const k30 = metresPerDegree(30);
    expect(Math.abs(k20.lat - 110_704)).toBeLessThan(2);
    expect(Math.abs(k20.lon - 104_647)).toBeLessThan(2);
    expect(Math.abs(k30.lat - 110_852)).toBeLessThan(2);
    expect(Math.abs(k30.lon - 96_486)).toBeLessThan(2);
  });

  it('scale bars: 1:10,000 within 40 mm → 200 m = 20 mm; 1:25,000 → 1 km = 40 mm; 1:2,000 → 50 m = 25 mm', () => {
    expect(scaleBar(10_000, 40)).toEqual({ groundM: 200, paperMm: 20 });
    expect(scaleBar(25_000, 40)).toEqual({ groundM: 1000, paperMm: 40 });
    expect(scaleBar(2_000, 40)).toEqual({ groundM: 50, paperMm: 25 });
    expect(scaleBar(50_000, 60)).toEqual({ groundM: 2000, paperMm: 40 });
  });
});
