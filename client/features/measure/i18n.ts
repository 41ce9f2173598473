/**
 * Adds the strings of the map tools (measure, query) (i18n-zh.ts / i18n-en.ts) to i18next under `measure` when this feature's chunk
 * loads: every module of the feature that looks up a `measure.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { measureEn } from './i18n-en.ts';
import { measureZh } from './i18n-zh.ts';

addFeatureStrings({ measure: measureZh }, { measure: measureEn });
