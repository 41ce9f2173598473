import { describe, expect, it } from 'vitest';
import { detectFromPrj } from '../../../../domain/crs/detect-prj.ts';
import { detectFromRange } from '../../../../domain/crs/detect-range.ts';
import { detectFromGuotuHeader, headerSevenParameters } from '../../../../domain/crs/detect-txt-header.ts';

// .prj texts as GDAL writes them (`gdalsrsinfo -o wkt_esri EPSG:n`, `-o wkt1`), i.e. what ArcGIS / QGIS produce.
const esri = (name: string, geog: string, datum: string, sph: string, fe: number, cm: number) =>
  `PROJCS["${name}",GEOGCS["${geog}",DATUM["${datum}",SPHEROID["${sph}]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${fe}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
const CGCS = [
  'GCS_China_Geodetic_Coordinate_System_2000',
  'D_China_2000',
  'CGCS2000",6378137.0,298.257222101',
] as const;

describe('CRS from a .prj', () => {
  it.each([
    [esri('CGCS2000_3_Degree_GK_CM_114E', ...CGCS, 500000.0, 114.0), 'EPSG:4547'],
    [esri('CGCS2000_3_Degree_GK_Zone_38', ...CGCS, 38500000.0, 114.0), 'EPSG:4526'],
    [esri('CGCS2000_GK_CM_117E', ...CGCS, 500000.0, 117.0), 'EPSG:4509'],
    [esri('CGCS2000_GK_Zone_20', ...CGCS, 20500000.0, 117.0), 'EPSG:4498'],
    [
      esri(
        'Xian_1980_3_Degree_GK_CM_114E',
        'GCS_Xian_1980',
        'D_Xian_1980',
        'Xian_1980",6378140.0,298.257',
        500000.0,
        114.0,
      ),
      'EPSG:2383',
    ],
    [
      esri(
        'Beijing_1954_3_Degree_GK_CM_114E',
        'GCS_Beijing_1954',
        'D_Beijing_1954',
        'Krasovsky_1940",6378245.0,298.3',
        500000.0,
        114.0,
      ),
      'EPSG:2435',
    ],
    [
      esri(
        'Beijing_1954_Gauss_Kruger_CM_117E',
        'GCS_Beijing_1954',
        'D_Beijing_1954',
        'Krasovsky_1940",6378245.0,298.3',
        500000.0,
        117.0,
      ),
      'EPSG:21460',
    ],
    // An unnamed datum recognised by its spheroid (a = 6378140 → Xi'an 1980).
    [
      esri('custom', 'GCS_unknown', 'D_unknown', 'unknown",6378140.0,298.257', 38500000.0, 114.0),
      'EPSG:2362',
    ],
  ])('ESRI WKT %# → %s', (prj, id) => {
    expect(detectFromPrj(prj)).toMatchObject({ confidence: 'declared', crs: { id } });
  });

  it('OGC WKT1 with AUTHORITY, Web Mercator, geographic CGCS2000 and WGS84', () => {
    const ogc =
      'PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",114],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Northing",NORTH],AXIS["Easting",EAST],AUTHORITY["EPSG","4547"]]';
    expect(detectFromPrj(ogc).crs?.id).toBe('EPSG:4547');
    const merc =
      'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
    expect(detectFromPrj(merc).crs?.id).toBe('EPSG:3857');
    expect(
      detectFromPrj(
        `GEOGCS["${CGCS[0]}",DATUM["${CGCS[1]}",SPHEROID["${CGCS[2]}]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`,
      ).crs?.id,
    ).toBe('EPSG:4490');
    expect(
      detectFromPrj(
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      ).crs?.id,
    ).toBe('EPSG:4326');
  });

  it('UTM, non-standard false eastings and broken text are unknown (never guessed)', () => {
    const utm =
      'PROJCS["WGS_1984_UTM_Zone_49N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(detectFromPrj(utm)).toMatchObject({ crs: null, confidence: 'unknown' });
    expect(detectFromPrj(esri('x', ...CGCS, 400000.0, 114.0)).crs).toBeNull();
    expect(detectFromPrj('PROJCS["x",').crs).toBeNull();
    expect(detectFromPrj('').crs).toBeNull();
  });
});

describe('CRS from a 国土 TXT header', () => {
  const header = {
    坐标系: '2000国家大地坐标系',
    几度分带: '3',
    投影类型: '高斯克吕格',
    计量单位: '米',
    带号: '38',
  };
  it('zone 38 with and without prefixed eastings; 带号 given as the central meridian; 6° zones', () => {
    expect(detectFromGuotuHeader(header, [38530756.86]).crs?.id).toBe('EPSG:4526');
    expect(detectFromGuotuHeader(header, [530756.86]).crs?.id).toBe('EPSG:4547');
    expect(detectFromGuotuHeader({ ...header, 带号: '114' }, [530756.86]).crs?.id).toBe('EPSG:4547');
    expect(detectFromGuotuHeader({ ...header, 几度分带: '6', 带号: '20' }, [20223117.47]).crs?.id).toBe(
      'EPSG:4498',
    );
    expect(detectFromGuotuHeader({ ...header, 坐标系: '1980西安坐标系' }, [38530756.86]).crs?.id).toBe(
      'EPSG:2362',
    );
    expect(detectFromGuotuHeader({ ...header, 坐标系: '1954北京坐标系' }, [530756.86]).crs?.id).toBe(
      'EPSG:2435',
    );
  });

  it('contradictions and gaps are unknown with the reason', () => {
    expect(detectFromGuotuHeader(header, [39530756.86]).note).toContain('disagrees');
    expect(detectFromGuotuHeader({ ...header, 带号: '' }, [530756.86]).crs).toBeNull();
    expect(detectFromGuotuHeader({ ...header, 坐标系: '地方坐标系' }, [530756.86]).crs).toBeNull();
    expect(detectFromGuotuHeader({ ...header, 计量单位: '度' }, [530756.86]).crs).toBeNull();
  });

  it('转换参数 with seven numbers, else none', () => {
    expect(headerSevenParameters({ 转换参数: '-120.5,-80.3,60.2,1.5,-2.1,0.8,3.2' })).toEqual([
      -120.5, -80.3, 60.2, 1.5, -2.1, 0.8, 3.2,
    ]);
    expect(headerSevenParameters({ 转换参数: ',,,,,,' })).toBeNull();
  });
});

describe('CRS from the coordinates range', () => {
  const zhongkai = [113.9, 22.7, 114.7, 23.3] as const;
  it('lon/lat → CGCS2000, with GCJ-02 / BD-09 offered', () => {
    expect(detectFromRange([114.2, 22.98, 114.36, 23.06])).toMatchObject({
      crs: { id: 'EPSG:4490' },
      confidence: 'inferred',
      alternatives: ['GCJ02', 'BD09'],
    });
  });
  it('prefixed 3° and 6° eastings; unprefixed ones need the hint for their meridian', () => {
    expect(detectFromRange([38520605, 2544566, 38536378, 2551460]).crs?.id).toBe('EPSG:4526');
    expect(detectFromRange([20223117, 2547087, 20224117, 2548087]).crs?.id).toBe('EPSG:4498');
    expect(detectFromRange([520605, 2544566, 536378, 2551460]).crs).toBeNull();
    expect(detectFromRange([520605, 2544566, 536378, 2551460], zhongkai).crs?.id).toBe('EPSG:4547');
  });
  it('Web Mercator; ambiguity with 6° zone 13–15 eastings settled by the hint', () => {
    expect(detectFromRange([12713000, 2630000, 12730000, 2640000], zhongkai)).toMatchObject({
      crs: { id: 'EPSG:3857' },
    });
    const both = detectFromRange([13500000, 2630000, 13510000, 2640000]);
    expect(both.crs?.id).toBe('EPSG:4491');
    expect(both.alternatives).toContain('EPSG:3857');
    expect(detectFromRange([13500000, 2630000, 13510000, 2640000], [120, 22, 123, 25]).crs?.id).toBe(
      'EPSG:3857',
    );
    expect(detectFromRange([1e9, 1e9, 2e9, 2e9]).crs).toBeNull();
  });
});
