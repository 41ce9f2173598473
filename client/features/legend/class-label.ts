import { INDUSTRIES, LAND_STATES, LAND_USES } from '../../../domain/enums.ts';
import type { Lang } from '../../../domain/format.ts';
import { labelOf } from '../../../domain/format.ts';
import type { Theme } from '../../state/url-state.ts';

const has = <T extends string>(list: readonly T[], k: string): k is T =>
  (list as readonly string[]).includes(k);

/** Display label of a legend class key under `theme`; `platformName` resolves platform ids. */
export function classLabel(
  theme: Theme,
  key: string,
  lang: Lang,
  platformName: (id: string) => string,
  noneLabel: string,
): string {
  if (theme === 'state' && has(LAND_STATES, key)) return labelOf('landState', key, lang);
  if (theme === 'landUse' && has(LAND_USES, key)) return `${key} ${labelOf('landUse', key, lang)}`;
  if (theme === 'industry') return has(INDUSTRIES, key) ? labelOf('industry', key, lang) : noneLabel;
  if (theme === 'platform') return platformName(key);
  return key;
}
