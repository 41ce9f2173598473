/**
 * English (pinyin) names of towns (镇街). Parcels and platforms name their town in Chinese, sometimes without
 * the administrative suffix (陈江 vs 陈江街道, 潼湖 vs 潼湖镇); the towns layer carries `nameZh` and `nameEn`.
 * Names are joined on the Chinese name with the suffix removed, so both spellings find the same town.
 */

/** Administrative suffixes dropped before comparing town names (longest first). */
const SUFFIXES = ['街道办事处', '街道', '镇', '乡', '街'] as const;

/** The Chinese town name without its administrative suffix, e.g. `潼湖镇` → `潼湖`, `陈江街道` → `陈江`. */
export function townKey(nameZh: string): string {
  const s = nameZh.trim();
  for (const suffix of SUFFIXES) {
    if (s.length > suffix.length && s.endsWith(suffix)) return s.slice(0, -suffix.length);
  }
  return s;
}

/** A town of the towns layer: Chinese and English name. */
export interface TownName {
  nameZh: string;
  nameEn: string;
}

/**
 * A lookup from a Chinese town name (with or without suffix) to its English name; null for names the towns
 * layer does not know. The first town with a given key wins.
 */
export function townNameLookup(towns: readonly TownName[]): (nameZh: string) => string | null {
  const byKey = new Map<string, string>();
  for (const t of towns) {
    const k = townKey(t.nameZh);
    if (!byKey.has(k) && t.nameEn.trim() !== '') byKey.set(k, t.nameEn);
  }
  return (nameZh) => byKey.get(townKey(nameZh)) ?? null;
}
