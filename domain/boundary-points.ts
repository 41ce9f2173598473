/**
 * 界址点 (boundary points) of a parcel for the dossier: each vertex of the outer ring(s), numbered J1, J2, … in
 * ring order, with its plane coordinates in CGCS2000 3° Gauss-Krüger, central meridian 114°E (EPSG:4547 — the
 * zone of 惠州) and its lon/lat. Chinese survey practice writes X as the northing and Y as the easting (false
 * easting 500 km, no zone number prefix in EPSG:4547), both in metres.
 *
 * Geometry is lon/lat on CGCS2000, which for this purpose equals WGS84 (RFC 7946); the CGCS2000 ellipsoid differs
 * from GRS80 by 0.1 mm in the semi-minor axis, so GRS80 stands in for it.
 */
import proj4 from 'proj4';
import type { AreaGeometry } from './schemas.ts';

/** EPSG:4547, CGCS2000 / 3-degree Gauss-Kruger CM 114E, as a proj4 definition. */
export const EPSG_4547 =
  '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

/** One 界址点: number, X (northing, m), Y (easting, m), lon and lat (degrees). */
export interface BoundaryPoint {
  no: string;
  x: number;
  y: number;
  lon: number;
  lat: number;
}

const toGaussKruger = proj4('WGS84', EPSG_4547);

/** The boundary points of the outer ring(s) of `g`, closing vertex left out, numbered J1… across rings. */
export function boundaryPoints(g: AreaGeometry): BoundaryPoint[] {
  const rings = g.type === 'Polygon' ? [g.coordinates[0] ?? []] : g.coordinates.map((p) => p[0] ?? []);
  const out: BoundaryPoint[] = [];
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring.slice(0, -1)) {
      const [easting = 0, northing = 0] = toGaussKruger.forward([lon, lat]);
      out.push({ no: `J${out.length + 1}`, x: northing, y: easting, lon, lat });
    }
  }
  return out;
}
