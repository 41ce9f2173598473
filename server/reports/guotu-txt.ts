/**
 * The parcel list as a 国土 TXT 界址点坐标交换格式 file, the format 勘测定界 / 用地报批 software reads: the
 * `[属性描述]` header (CGCS2000, 3° or 6° Gauss-Krüger, the zone), then per parcel the record line
 * `界址点数,地块面积(公顷),地块编号,地块名称,面,图幅号,地块用途,地类编码,@` and its points `J<n>,圈号,X,Y`
 * with X the northing and Y the easting (prefixed with the zone when the CRS is), metres to 4 decimals.
 * Rings are listed clockwise, as survey tables list a boundary, each closed by repeating its first point;
 * 圈号 counts the rings of the record (1 the first outer ring). 地块面积 is the geodesic area, 地块名称 the
 * first project's name (empty when none). GBK by default (what that software expects); UTF-8 on request.
 */
import type { Position } from 'geojson';
import type { CrsInfo } from '../../domain/crs/crs-catalog.ts';
import { lonLatTransform } from '../../domain/crs/transform.ts';
import { labelOf } from '../../domain/format.ts';
import { ringSignedArea } from '../../domain/geometry-validation.ts';
import { m2ToHa } from '../../domain/units.ts';
import { encodeGbk } from './gbk-encoder.ts';
import type { ParcelListModel, ParcelRow } from './models.ts';

/** Characters the format uses as separators, replaced in free text. */
const clean = (s: string | null | undefined) => (s ?? '').replace(/[,，@\r\n]/g, ' ').trim();

function header(model: ParcelListModel, crs: CrsInfo): string {
  const gk = crs.gk!;
  return [
    '[属性描述]',
    '格式版本号=1.0',
    '数据产生单位=',
    `数据产生日期=${model.generatedAt.slice(0, 10)}`,
    '坐标系=2000国家大地坐标系',
    `几度分带=${gk.width}`,
    '投影类型=高斯克吕格',
    '计量单位=米',
    `带号=${gk.zone}`,
    '精度=0.0001',
    '转换参数=,,,,,,',
    '[地块坐标]',
  ].join('\r\n');
}

function record(r: ParcelRow, project: (lon: number, lat: number) => [number, number]): string[] {
  const polys = r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates;
  // Projected rings, closed, clockwise (negative signed area with x east, y north).
  const rings = polys.flat().map((ring) => {
    const xy = ring.map(([lon = 0, lat = 0]: Position) => project(lon, lat));
    return ringSignedArea(xy) > 0 ? xy.reverse() : xy;
  });
  const lines: string[] = [];
  let n = 0;
  rings.forEach((ring, k) => {
    const first = n + 1;
    ring.forEach(([e, north], i) => {
      const closing = i === ring.length - 1;
      if (!closing) n++;
      lines.push(`J${closing ? first : n},${k + 1},${north!.toFixed(4)},${e!.toFixed(4)}`);
    });
  });
  const p = r.parcel;
  const head = [
    lines.length,
    m2ToHa(p.areaM2).toFixed(4),
    clean(p.code),
    clean(r.projects[0]?.name),
    '面',
    '',
    clean(labelOf('landUse', p.landUse, 'zh-CN')),
    clean(p.landUse),
    '@',
  ].join(',');
  return [head, ...lines];
}

/** The file's bytes, or null when `crs` is not a CGCS2000 Gauss-Krüger zone. */
export function parcelListGuotuTxt(
  model: ParcelListModel,
  crs: CrsInfo,
  encoding: 'gbk' | 'utf-8' = 'gbk',
): { bytes: Buffer; unencodable: string[] } | null {
  const t = lonLatTransform(crs);
  if (crs.gk?.datum !== 'cgcs2000' || !t.ok) return null;
  const body = model.rows.flatMap((r) => record(r, t.transform.fromLonLat));
  const text = `${[header(model, crs), ...body].join('\r\n')}\r\n`;
  return encoding === 'gbk' ? encodeGbk(text) : { bytes: Buffer.from(text, 'utf8'), unencodable: [] };
}
