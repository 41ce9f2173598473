/**
 * Adds the strings of the land-balance panel, its map layers and the project view's land-balance part (i18n-zh.ts / i18n-en.ts) to i18next under `landBalance` when this feature's chunk
 * loads: every module of the feature that looks up a `landBalance.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { landBalanceEn } from './i18n-en.ts';
import { landBalanceZh } from './i18n-zh.ts';

addFeatureStrings({ landBalance: landBalanceZh }, { landBalance: landBalanceEn });
