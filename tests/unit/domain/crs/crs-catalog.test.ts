import { describe, expect, it } from 'vitest';
import { CRS_CATALOG, crsById, gaussKrugerCrs } from '../../../../domain/crs/crs-catalog.ts';

// Oracle: `gdalsrsinfo -o proj4 EPSG:n` (GDAL 3.6 / PROJ 9), copied literally.
const GDAL_PROJ4: Record<string, string> = {
  'EPSG:4491': '+proj=tmerc +lat_0=0 +lon_0=75 +k=1 +x_0=13500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4512': '+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4513': '+proj=tmerc +lat_0=0 +lon_0=75 +k=1 +x_0=25500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4526': '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=38500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4533': '+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=45500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4547': '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4554': '+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:2337':
    '+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=23500000 +y_0=0 +a=6378140 +rf=298.257 +units=m +no_defs',
  'EPSG:2383':
    '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +a=6378140 +rf=298.257 +units=m +no_defs',
  'EPSG:2390':
    '+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=500000 +y_0=0 +a=6378140 +rf=298.257 +units=m +no_defs',
  'EPSG:21413': '+proj=tmerc +lat_0=0 +lon_0=75 +k=1 +x_0=13500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:21463': '+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:2421': '+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=45500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:2442': '+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=500000 +y_0=0 +ellps=krass +units=m +no_defs',
};

describe('CRS catalogue (EPSG codes of the CGCS2000 / Xi’an 1980 / Beijing 1954 Gauss-Krüger series)', () => {
  it.each(Object.entries(GDAL_PROJ4))('%s has the parameters GDAL gives', (id, proj) => {
    // IAU76 in PROJ is a = 6378140, 1/f = 298.257, which the catalogue writes out.
    expect(crsById(id)?.proj4).toBe(proj);
  });

  it('covers 3° zones 25–45 and 6° zones 13–23 with and without prefix for all three datums, plus 7 fixed CRSs', () => {
    expect(CRS_CATALOG.size).toBe(3 * 2 * (21 + 11) + 7);
    expect(gaussKrugerCrs('cgcs2000', 3, 46, false)).toBeNull();
    expect(gaussKrugerCrs('cgcs2000', 6, 12, true)).toBeNull();
  });

  it('normalises ids; Xi’an 1980 and Beijing 1954 need parameters', () => {
    expect(crsById(' epsg: 4547 ')?.id).toBe('EPSG:4547');
    expect(crsById('4526')?.name).toBe('CGCS2000 / 3-degree GK zone 38');
    expect(crsById('gcj-02')?.id).toBe('GCJ02');
    expect(crsById('bd09')?.id).toBe('BD09');
    expect(crsById('EPSG:32649')).toBeNull();
    expect(crsById('EPSG:2383')?.needsParameters).toBe(true);
    expect(crsById('EPSG:2435')?.needsParameters).toBe(true);
    expect(crsById('EPSG:4547')?.needsParameters).toBe(false);
  });
});
