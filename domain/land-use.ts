/**
 * Land-use codes (国土空间调查、规划、用途管制用地用海分类指南) and the legacy GB 50137-2011 letters that still
 * appear in imports: M1/M2/M3 → 100101/100102/100103, M → 1001, W → 1101, W1/W2/W3 → 110101/110102/110103,
 * B1 → 0901, A35 → 0802. Guangdong's M0 新型产业用地 keeps its own code, but it is a sub-class of industrial
 * land: 招拍挂, the 50-year term and the industrial price floor apply to it (Guangdong practice, e.g. 广州、深圳、
 * 东莞 新型产业用地 管理办法; 惠州 follows the same model), so `isIndustrialLandUse('M0')` is true.
 */
import { LAND_USES, type LandUse } from './enums.ts';

const LEGACY: Record<string, LandUse> = {
  M: '1001',
  M1: '100101',
  M2: '100102',
  M3: '100103',
  W: '1101',
  W1: '110101',
  W2: '110102',
  W3: '110103',
  B1: '0901',
  A35: '0802',
};

const isLandUse = (s: string): s is LandUse => (LAND_USES as readonly string[]).includes(s);

/** Canonical land-use code for an imported code (case and spaces ignored), or null when unknown. */
export function normalizeLandUse(code: string): LandUse | null {
  const c = code.trim().toUpperCase();
  if (isLandUse(c)) return c;
  return LEGACY[c] ?? null;
}

/**
 * Industrial land for the grant rules: 1001 工业用地 and its classes 100101–100103, and M0 新型产业用地
 * (a sub-class of industrial land in Guangdong practice).
 */
export function isIndustrialLandUse(lu: LandUse): boolean {
  return landUseFamily(lu) === '1001' || lu === 'M0';
}

/**
 * Operating land (经营性用地) that must be granted by 招标/拍卖/挂牌: industrial land including 仓储 (logistics)
 * and commercial land — 国土资源部令第39号 (2007) 第四条 "工业（包括仓储用地、但不包括采矿用地）、商业…".
 * 0802 科研 is not: non-profit research land may be allocated (划拨用地目录, 国土资源部令第9号).
 */
export function isOperatingLandUse(lu: LandUse): boolean {
  return lu !== '0802';
}

/** Level-2 family of a land use: '1001' industrial, '1101' logistics, '0901' commercial, '0802' research, 'M0'. */
export type LandUseFamily = '1001' | '1101' | '0901' | '0802' | 'M0';

/**
 * Family of a land-use code: the level-3 classes fold into their level-2 code. M0 stays its own family for
 * filters and legends (the data keeps its code), although the grant rules treat it as industrial.
 */
export function landUseFamily(lu: LandUse): LandUseFamily {
  switch (lu) {
    case '1001':
    case '100101':
    case '100102':
    case '100103':
      return '1001';
    case '1101':
    case '110101':
    case '110102':
    case '110103':
      return '1101';
    default:
      return lu;
  }
}
