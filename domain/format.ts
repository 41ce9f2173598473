/**
 * Display formatting in the two UI languages. Conventions (tested in tests/unit/format.test.ts):
 * - numbers use Intl grouping (`13,333`); non-finite values show as `—`;
 * - ㎡ with no decimals, 亩 with one, km² with two; zh writes `㎡`/`亩`/`平方公里`, en `m²`/`mu`/`km²`;
 * - money arrives in 万元. zh: below 1 亿 as `3,500 万元`, from 1 亿 (10,000 万) as `1.56 亿元`.
 *   en counts yuan: 1 万 = 10,000 yuan, so 3,500 万 = `RMB 35.0 M`, 1.56 亿 = `RMB 156.0 M`,
 *   and from 1 bn yuan (= 10 亿 = 100,000 万) as `RMB 3.90 bn`;
 * - investment intensity arrives in 万元/亩: zh `350 万元/亩`, en in million yuan per mu `RMB 3.50 M/mu`;
 * - dates: zh `2018年3月9日`, en `9 Mar 2018` (month names fixed, not Intl, so output never varies by ICU).
 */

import { isoToUtcMs } from './dates.ts';
import { LABELS_ZH, type LabelKind, type LabelKinds } from './enums.ts';
import { LABELS_EN } from './labels-en.ts';
import { m2ToMu } from './units.ts';

/** UI languages; zh-CN is the default. */
export type Lang = 'zh-CN' | 'en';

/** Shown for missing or non-finite values. */
export const MISSING = '—';

const formatters = new Map<string, Intl.NumberFormat>();

/** Number with grouping and exactly `fractionDigits` decimals (default 0), e.g. `13,333`; `—` when not finite. */
export function formatNumber(n: number | null | undefined, lang: Lang, fractionDigits = 0): string {
  if (n == null || !Number.isFinite(n)) return MISSING;
  const key = `${lang}|${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, f);
  }
  // Round first so that −0.2 shows as `0`, not `-0`.
  const factor = 10 ** fractionDigits;
  const rounded = Math.round(n * factor) / factor + 0;
  return f.format(rounded);
}

/** Area in ㎡, no decimals: zh `13,333 ㎡`, en `13,333 m²`. */
export function formatM2(m2: number | null | undefined, lang: Lang): string {
  if (m2 == null || !Number.isFinite(m2)) return MISSING;
  return `${formatNumber(m2, lang)} ${lang === 'en' ? 'm²' : '㎡'}`;
}

/** Area in 亩, one decimal: zh `20.0 亩`, en `20.0 mu`. */
export function formatMu(mu: number | null | undefined, lang: Lang): string {
  if (mu == null || !Number.isFinite(mu)) return MISSING;
  return `${formatNumber(mu, lang, 1)} ${lang === 'en' ? 'mu' : '亩'}`;
}

/** Area given in ㎡ shown in ㎡ and 亩 together: zh `13,333 ㎡（20.0 亩）`, en `13,333 m² (20.0 mu)`. */
export function formatArea(m2: number | null | undefined, lang: Lang): string {
  if (m2 == null || !Number.isFinite(m2)) return MISSING;
  const mu = formatMu(m2ToMu(m2), lang);
  return lang === 'en' ? `${formatM2(m2, lang)} (${mu})` : `${formatM2(m2, lang)}（${mu}）`;
}

/** Area given in km², two decimals: zh `29.85 平方公里`, en `29.85 km²`. */
export function formatKm2(km2: number | null | undefined, lang: Lang): string {
  if (km2 == null || !Number.isFinite(km2)) return MISSING;
  return `${formatNumber(km2, lang, 2)} ${lang === 'en' ? 'km²' : '平方公里'}`;
}

/** Money given in 万元: zh `3,500 万元` / `1.56 亿元` (from 10,000 万); en `RMB 35.0 M` / `RMB 3.90 bn`. */
export function formatMoneyWan(wan: number | null | undefined, lang: Lang): string {
  if (wan == null || !Number.isFinite(wan)) return MISSING;
  if (lang === 'en') {
    // 1 万元 = 10,000 yuan = 0.01 M yuan; 1 bn yuan = 100,000 万元.
    // The unit switch looks at the rounded figure so that 99,999 万 shows as `RMB 1.00 bn`, not `RMB 1,000.0 M`.
    if (Math.abs(Math.round(wan / 10)) >= 10_000) return `RMB ${formatNumber(wan / 100_000, lang, 2)} bn`;
    // Below RMB 1 M (100 万元) in thousands, so 3 万元 reads `RMB 30k`, not `RMB 0.0 M`.
    if (Math.round(wan * 10) === 0) return 'RMB 0';
    if (Math.abs(Math.round(wan * 10)) < 1_000) return `RMB ${formatNumber(wan * 10, lang)}k`;
    return `RMB ${formatNumber(wan / 100, lang, 1)} M`;
  }
  if (Math.abs(Math.round(wan)) >= 10_000) return `${formatNumber(wan / 10_000, lang, 2)} 亿元`;
  return `${formatNumber(wan, lang)} 万元`;
}

/** Investment intensity given in 万元/亩: zh `350 万元/亩`, en `RMB 3.50 M/mu` (million yuan per mu). */
export function formatIntensity(wanPerMu: number | null | undefined, lang: Lang): string {
  if (wanPerMu == null || !Number.isFinite(wanPerMu)) return MISSING;
  if (lang === 'en') return `RMB ${formatNumber(wanPerMu / 100, lang, 2)} M/mu`;
  return `${formatNumber(wanPerMu, lang)} 万元/亩`;
}

/** Joins reasons or clauses: zh with the full-width `；`, en with `; ` (a full-width mark in English text reads as a typo). */
export function joinClauses(parts: readonly string[], lang: Lang): string {
  return parts.join(lang === 'en' ? '; ' : '；');
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ISO date for display: zh `2018年3月9日`, en `9 Mar 2018`; `—` for null. Throws on an invalid date. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (iso == null) return MISSING;
  const d = new Date(isoToUtcMs(iso));
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  return lang === 'en' ? `${day} ${MONTHS_EN[m]} ${y}` : `${y}年${m + 1}月${day}日`;
}

export type { LabelKind, LabelKinds } from './enums.ts';

/** Display label of an enum value, e.g. `labelOf('landState', 'ready', 'zh-CN')` → `净地可供`. */
export function labelOf<K extends LabelKind>(kind: K, key: LabelKinds[K], lang: Lang): string {
  const table: Record<LabelKinds[K], string> = (lang === 'en' ? LABELS_EN : LABELS_ZH)[kind];
  // Unknown keys (e.g. from an older database) fall back to the raw key rather than `undefined`.
  return table[key] ?? String(key);
}
