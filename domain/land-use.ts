/**
 * Land-use codes (国土空间调查、规划、用途管制用地用海分类指南) and the legacy GB 50137-2011 letters that still
 * appear in imports: M1/M2/M3 → 100101/100102/100103, M → 1001, W/W1–W3 → 1101, B1 → 0901, A35 → 0802.
 * Guangdong's M0 新型产业用地 is kept as is.
 */
import { LAND_USES, type LandUse } from './enums.ts';

const LEGACY: Record<string, LandUse> = {
  M: '1001',
  M1: '100101',
  M2: '100102',
  M3: '100103',
  W: '1101',
  W1: '1101',
  W2: '1101',
  W3: '1101',
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

/** Industrial land (1001 工业用地 and its classes 100101–100103). M0 is not included: it is its own family. */
export function isIndustrialLandUse(lu: LandUse): boolean {
  return landUseFamily(lu) === '1001';
}

/** Level-2 family of a land use: '1001' industrial, '1101' logistics, '0901' commercial, '0802' research, 'M0'. */
export type LandUseFamily = '1001' | '1101' | '0901' | '0802' | 'M0';

/** Family of a land-use code: the level-3 industrial classes fold into '1001'. */
export function landUseFamily(lu: LandUse): LandUseFamily {
  switch (lu) {
    case '1001':
    case '100101':
    case '100102':
    case '100103':
      return '1001';
    default:
      return lu;
  }
}
