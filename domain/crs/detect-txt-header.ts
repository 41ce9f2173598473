/**
 * The CRS of a 国土 TXT 界址点坐标交换格式 file from its `[属性描述]` header (坐标系, 几度分带, 投影类型, 带号,
 * 转换参数) and its eastings. The header's 带号 is the zone number; whether the eastings carry it as a prefix
 * is read from the coordinates themselves (an easting ≥ 1,000,000 m is prefixed), because files of both kinds
 * circulate under the same header. Some producers write the central meridian in 带号 (e.g. `带号=114`): a value
 * that is not a zone of the stated width but is one of its central meridians is read as such.
 */
import { type CrsInfo, GK_ZONE_RANGE, gaussKrugerCrs, zoneOfCentralMeridian } from './crs-catalog.ts';
import { type CrsDetection, declared, unknown } from './crs-detection.ts';
import { datumOfName } from './detect-prj.ts';

/** The header fields read (values as written, trimmed). */
export interface GuotuHeader {
  坐标系?: string;
  几度分带?: string;
  投影类型?: string;
  带号?: string;
  计量单位?: string;
  转换参数?: string;
}

/** Zone number and width from 带号 (zone or central meridian); null when neither. */
function zoneOf(raw: string | undefined, width: 3 | 6): number | null {
  const n = Number(raw?.trim());
  if (!raw?.trim() || !Number.isInteger(n)) return null;
  const [lo, hi] = GK_ZONE_RANGE[width];
  if (n >= lo && n <= hi) return n;
  return zoneOfCentralMeridian(width, n);
}

/**
 * Detects the CRS from the header and the eastings (metres, as written, prefix included if any).
 * Only Gauss-Krüger in metres is accepted: the format's coordinates are projected.
 */
export function detectFromGuotuHeader(header: GuotuHeader, eastings: readonly number[]): CrsDetection {
  const system = header.坐标系?.trim() ?? '';
  const datum = datumOfName(system);
  if (datum !== 'cgcs2000' && datum !== 'xian80' && datum !== 'beijing54') {
    return unknown(`坐标系无法识别：“${system}”。 Unrecognised 坐标系 in the TXT header: "${system}".`);
  }
  const projection = header.投影类型?.trim() ?? '';
  if (projection && !/高斯|gauss/i.test(projection)) {
    return unknown(`投影类型不受支持：“${projection}”。 Unsupported 投影类型: "${projection}".`);
  }
  const unit = header.计量单位?.trim() ?? '';
  if (unit && !/^(米|m|metre|meter)$/i.test(unit)) {
    return unknown(`计量单位不是米：“${unit}”。 计量单位 is not metres: "${unit}".`);
  }
  const width: 3 | 6 = header.几度分带?.trim() === '6' ? 6 : 3;
  const finite = eastings.filter(Number.isFinite);
  const prefixes = new Set(finite.map((e) => Math.floor(e / 1_000_000)));
  const prefix = prefixes.size === 1 ? [...prefixes][0]! : null;
  const prefixed = prefix !== null && prefix > 0;
  const zone = zoneOf(header.带号, width) ?? (prefixed ? prefix : null);
  if (zone === null) {
    return unknown(
      '带号缺失，且坐标不带带号：无法确定中央经线。 No 带号 and no zone prefix: the central meridian is unknown.',
    );
  }
  if (prefixed && prefix !== zone) {
    return unknown(
      `带号 ${zone} 与坐标前缀 ${prefix} 不一致。 The header's zone ${zone} disagrees with the eastings' prefix ${prefix}.`,
    );
  }
  const crs = gaussKrugerCrs(datum, width, zone, prefixed);
  if (!crs)
    return unknown(`带号 ${zone} 不在 ${width}° 分带范围内。 Zone ${zone} is not a ${width}° zone of China.`);
  return declared(crs, headerNote(crs));
}

const headerNote = (crs: CrsInfo) =>
  `TXT 文件头：${crs.name}（${crs.id}）。 The TXT header gives ${crs.name} (${crs.id}).`;

/** The seven numbers of 转换参数 (dx, dy, dz m; rx, ry, rz ″; scale ppm) when all are present, else null. */
export function headerSevenParameters(header: GuotuHeader): number[] | null {
  const parts = (header.转换参数 ?? '').split(/[,，]/).map((s) => s.trim());
  if (parts.length !== 7 || parts.some((p) => p === '')) return null;
  const values = parts.map(Number);
  return values.every(Number.isFinite) ? values : null;
}
