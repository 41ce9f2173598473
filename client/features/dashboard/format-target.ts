/**
 * Display of a target figure in its unit: counts as numbers, 亿元 through the money formatter (which takes
 * 万元: 1 亿 = 10,000 万), ㎡ together with 亩.
 */
import type { TargetUnit } from '../../../domain/enums.ts';
import { formatArea, formatMoneyWan, formatNumber, type Lang } from '../../../domain/format.ts';

/** A figure given in `unit` (count, 亿元 or ㎡) for display, e.g. `156.00 亿元`, `130,000 ㎡（195.0 亩）`; en money via formatMoneyWan. */
export function formatTargetValue(
  value: number,
  unit: TargetUnit,
  lang: Lang,
  countSuffix: (n: string) => string,
): string {
  switch (unit) {
    case 'count':
      return countSuffix(formatNumber(value, lang));
    case 'yuan_yi':
      // Targets are set in 亿元, so progress stays in 亿元 even when small (0.00 亿元, not 0 万元).
      return lang === 'en' ? formatMoneyWan(value * 10_000, lang) : `${formatNumber(value, lang, 2)} 亿元`;
    case 'm2':
      return formatArea(value, lang);
  }
}

/** A ratio 0…n as a percentage with no decimals (one below 10%), e.g. `35%`, `4.2%`; `—` for null. */
export function formatRatio(ratio: number | null, lang: Lang): string {
  if (ratio == null || !Number.isFinite(ratio)) return '—';
  const pct = ratio * 100;
  return `${formatNumber(pct, lang, pct > 0 && pct < 10 ? 1 : 0)}%`;
}
