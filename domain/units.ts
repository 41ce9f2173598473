/**
 * Area and money units. Plain multiplications, no rounding: round only when formatting.
 * 1 亩 = 10000/15 ㎡ ≈ 666.67 ㎡; 1 ha = 15 亩 = 10,000 ㎡; 1 km² = 1500 亩 = 1,000,000 ㎡; 1 亿 = 10,000 万.
 */

/** Square metres in one 亩 (mu): 10000/15 ≈ 666.667 ㎡. */
export const M2_PER_MU = 10000 / 15;
/** Square metres in one hectare. */
export const M2_PER_HA = 10_000;
/** Square metres in one square kilometre. */
export const M2_PER_KM2 = 1_000_000;
/** 万 (wan) in one 亿 (yi): 1 亿元 = 10,000 万元. */
export const WAN_PER_YI = 10_000;

/** ㎡ → 亩. Example: 666.67 ㎡ ≈ 1 亩. */
export const m2ToMu = (m2: number): number => (m2 * 15) / 10000;
/** 亩 → ㎡. Example: 1 亩 ≈ 666.67 ㎡. */
export const muToM2 = (mu: number): number => (mu * 10000) / 15;
/** ㎡ → hectares (公顷; 国土 TXT areas). */
export const m2ToHa = (m2: number): number => m2 / M2_PER_HA;
/** ㎡ → km². */
export const m2ToKm2 = (m2: number): number => m2 / M2_PER_KM2;
