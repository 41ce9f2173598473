/**
 * Page geometry of a map printed to scale: paper sizes (ISO 216), the map frame on the page, the ground extent
 * that frame covers at a scale (1:n — 1 mm on paper is n mm on the ground) around a centre, and a scale bar
 * whose printed length is exact. Ground metres ↔ degrees use the WGS84 ellipsoid's radii of curvature at the
 * centre's latitude (local equirectangular), accurate to < 0.01 % across a sheet at 1:50,000 (≈ 20 km).
 */

/** Paper sizes (ISO 216), millimetres, portrait [width, height]. */
export const PAPER_MM = { a4: [210, 297], a3: [297, 420] } as const;
/** A paper size key. */
export type Paper = keyof typeof PAPER_MM;
/** Page orientation. */
export type Orientation = 'portrait' | 'landscape';

/**
 * Print scales offered (denominators): the large-scale series of China's basic scale maps, 1:2,000 … 1:50,000
 * (GB/T 13989-2012 国家基本比例尺地形图分幅和编号 names 1:5,000 … 1:50,000; 1:2,000 is the 城市 large scale).
 */
export const PRINT_SCALES = [2_000, 5_000, 10_000, 25_000, 50_000] as const;

/** Page margin on every side, mm. */
export const PAGE_MARGIN_MM = 10;
/** Height of the title band above the map frame, mm. */
export const TITLE_BAND_MM = 14;
/** Height of the band below the map frame (legend, scale bar, date, data version), mm. */
export const FOOTER_BAND_MM = 30;

/** PostScript points per millimetre (72 pt = 1 inch = 25.4 mm). */
export const PT_PER_MM = 72 / 25.4;

/** WGS84 semi-major axis, m. */
const WGS84_A = 6_378_137;
/** WGS84 first eccentricity squared. */
const WGS84_E2 = 0.00669437999014;

/** Page width and height in mm for a paper and orientation. */
export function pageSizeMm(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const [w, h] = PAPER_MM[paper];
  return orientation === 'portrait' ? { width: w, height: h } : { width: h, height: w };
}

/** The map frame on the page, mm from the top-left corner: inside the margins, between title and footer. */
export function mapFrameMm(paper: Paper, orientation: Orientation) {
  const page = pageSizeMm(paper, orientation);
  return {
    x: PAGE_MARGIN_MM,
    y: PAGE_MARGIN_MM + TITLE_BAND_MM,
    width: page.width - 2 * PAGE_MARGIN_MM,
    height: page.height - 2 * PAGE_MARGIN_MM - TITLE_BAND_MM - FOOTER_BAND_MM,
  };
}

/** Ground distance, metres, covered by `paperMm` millimetres at 1:`scale`. */
export const groundMetres = (paperMm: number, scale: number): number => (paperMm * scale) / 1000;

/** Printed length, mm, of `groundM` metres at 1:`scale`. */
export const paperMillimetres = (groundM: number, scale: number): number => (groundM * 1000) / scale;

/** Metres per degree of latitude and of longitude at latitude `latDeg` on the WGS84 ellipsoid. */
export function metresPerDegree(latDeg: number): { lat: number; lon: number } {
  const phi = (latDeg * Math.PI) / 180;
  const w = 1 - WGS84_E2 * Math.sin(phi) ** 2;
  const meridional = (WGS84_A * (1 - WGS84_E2)) / w ** 1.5;
  const primeVertical = WGS84_A / Math.sqrt(w);
  return { lat: (Math.PI / 180) * meridional, lon: (Math.PI / 180) * primeVertical * Math.cos(phi) };
}

/** [west, south, east, north] degrees of a `widthM` × `heightM` metre rectangle centred on [lon, lat]. */
export function groundBox(
  center: readonly [number, number],
  widthM: number,
  heightM: number,
): [number, number, number, number] {
  const [lon, lat] = center;
  const k = metresPerDegree(lat);
  const dLon = widthM / 2 / k.lon;
  const dLat = heightM / 2 / k.lat;
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** The ground extent (metres and degrees) of the map frame of a sheet at 1:`scale` centred on `center`. */
export function printExtent(
  paper: Paper,
  orientation: Orientation,
  scale: number,
  center: readonly [number, number],
) {
  const frame = mapFrameMm(paper, orientation);
  const widthM = groundMetres(frame.width, scale);
  const heightM = groundMetres(frame.height, scale);
  return { frame, widthM, heightM, box: groundBox(center, widthM, heightM) };
}

/**
 * The longest "round" scale bar (1, 2 or 5 × 10ⁿ metres) not longer than `maxMm` on paper at 1:`scale`;
 * its printed length in mm is exact (ground × 1000 / scale).
 */
export function scaleBar(scale: number, maxMm: number): { groundM: number; paperMm: number } {
  const maxGround = groundMetres(maxMm, scale);
  let best = 1;
  for (let p = 0; 10 ** p <= maxGround; p++) {
    for (const m of [1, 2, 5]) if (m * 10 ** p <= maxGround) best = m * 10 ** p;
  }
  return { groundM: best, paperMm: paperMillimetres(best, scale) };
}
