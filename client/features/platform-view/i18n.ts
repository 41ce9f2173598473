/**
 * Adds the strings of the platform summary (i18n-zh.ts / i18n-en.ts) to i18next under `platform` when this feature's chunk
 * loads: every module of the feature that looks up a `platform.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { platformEn } from './i18n-en.ts';
import { platformZh } from './i18n-zh.ts';

addFeatureStrings({ platform: platformZh }, { platform: platformEn });
