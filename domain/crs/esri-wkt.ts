/**
 * The `.prj` text (ESRI WKT1, as ArcGIS and GDAL write it for shapefiles) of the CRSs exports can write:
 * CGCS2000 geographic and Gauss-Krüger zones, WGS84 and Web Mercator. GDAL identifies each of these as its EPSG
 * code on reading. Xi'an 1980 / Beijing 1954 (no datum shift without the bureau's parameters) and GCJ-02 / BD-09
 * (offsets no `.prj` can express) give null.
 */
import type { CrsInfo } from './crs-catalog.ts';

const UNIT_DEGREE = 'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]';
const GEOGCS_CGCS2000 = `GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],${UNIT_DEGREE}]`;
const GEOGCS_WGS84 = `GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],${UNIT_DEGREE}]`;
const WEB_MERCATOR = `PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",${GEOGCS_WGS84},PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]`;

const f1 = (n: number) => n.toFixed(1);

/** ESRI WKT of `crs`, or null when exports cannot write it. */
export function esriWkt(crs: CrsInfo): string | null {
  if (crs.id === 'EPSG:4490') return GEOGCS_CGCS2000;
  if (crs.id === 'EPSG:4326') return GEOGCS_WGS84;
  if (crs.id === 'EPSG:3857') return WEB_MERCATOR;
  const gk = crs.gk;
  if (gk?.datum !== 'cgcs2000') return null;
  const degree = gk.width === 3 ? '3_Degree_' : '';
  const name = gk.prefixed
    ? `CGCS2000_${degree}GK_Zone_${gk.zone}`
    : `CGCS2000_${degree}GK_CM_${gk.centralMeridian}E`;
  const falseEasting = gk.prefixed ? gk.zone * 1_000_000 + 500_000 : 500_000;
  return (
    `PROJCS["${name}",${GEOGCS_CGCS2000},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${f1(falseEasting)}],` +
    `PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${f1(gk.centralMeridian)}],` +
    'PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'
  );
}
