/** Measures for display (m/km, ㎡/亩/km²), without the geometry library, so dialogs can import them cheaply. */
import { formatNumber, type Lang } from '../format.ts';
import { m2ToKm2, m2ToMu } from '../units.ts';

/** A length for display: metres below 1 km ("850 m"), else kilometres with two decimals ("1.25 km"). */
export function formatLength(m: number, lang: Lang): string {
  return m < 1000 ? `${formatNumber(m, lang, 0)} m` : `${formatNumber(m / 1000, lang, 2)} km`;
}

/** An area for display in ㎡, 亩 and km² ("12,345 ㎡ · 18.5 亩 · 0.0123 km²"; English "m²", "mu"). */
export function formatMeasuredArea(m2: number, lang: Lang): string {
  const [sq, mu] = lang === 'en' ? ['m²', 'mu'] : ['㎡', '亩'];
  const km2 = m2ToKm2(m2);
  const km2Digits = km2 < 0.1 ? 4 : km2 < 10 ? 3 : 2;
  return `${formatNumber(m2, lang, 0)} ${sq} · ${formatNumber(m2ToMu(m2), lang, 1)} ${mu} · ${formatNumber(km2, lang, km2Digits)} km²`;
}
