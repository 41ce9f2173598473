/**
 * Words for a parcel filter, used in export file names and titles: Chinese for the name
 * (`357创新产业带`, `357创新产业带_净地可供+挂牌`, `全部`) and an ASCII slug for the fallback name.
 */
import type { Industry, LandState, LandUse } from '../../domain/enums.ts';
import { formatNumber, labelOf } from '../../domain/format.ts';

/** The parcel filters of GET /api/parcels, as validated. */
export interface ParcelFilterWords {
  platform: readonly string[];
  state: readonly LandState[];
  landUse: readonly LandUse[];
  industry: readonly Industry[];
  minAreaMu?: number | undefined;
  maxAreaMu?: number | undefined;
  q?: string | undefined;
  bbox?: readonly number[] | undefined;
}

const zh = 'zh-CN';
const MAX_PART = 40;

const clip = (s: string) => (s.length > MAX_PART ? `${s.slice(0, MAX_PART - 1)}…` : s);

/** Chinese label and ASCII slug of a filter; `全部` / `all` when nothing is filtered. */
export function describeParcelFilter(
  f: ParcelFilterWords,
  platformNames: Readonly<Record<string, string>>,
): { zh: string; ascii: string } {
  const zhParts: string[] = [];
  const ascii: string[] = [];
  if (f.platform.length) {
    zhParts.push(f.platform.map((id) => platformNames[id] ?? id).join('+'));
    ascii.push(f.platform.join('+'));
  }
  if (f.state.length) {
    zhParts.push(f.state.map((s) => labelOf('landState', s, zh)).join('+'));
    ascii.push(f.state.join('+'));
  }
  if (f.landUse.length) {
    zhParts.push(f.landUse.map((u) => labelOf('landUse', u, zh)).join('+'));
    ascii.push(f.landUse.join('+'));
  }
  if (f.industry.length) {
    zhParts.push(f.industry.map((i) => labelOf('industry', i, zh)).join('+'));
    ascii.push(f.industry.join('+'));
  }
  if (f.minAreaMu != null || f.maxAreaMu != null) {
    const lo = f.minAreaMu != null ? formatNumber(f.minAreaMu, zh, 0) : '';
    const hi = f.maxAreaMu != null ? formatNumber(f.maxAreaMu, zh, 0) : '';
    zhParts.push(`${lo}-${hi}亩`);
    ascii.push(`${lo}-${hi}mu`.replaceAll(',', ''));
  }
  if (f.q) {
    zhParts.push(`含“${f.q}”`);
    ascii.push('search');
  }
  if (f.bbox) {
    zhParts.push('视野范围');
    ascii.push('bbox');
  }
  return {
    zh: zhParts.length ? zhParts.map(clip).join('_') : '全部',
    ascii: ascii.length ? ascii.map(clip).join('_') : 'all',
  };
}
