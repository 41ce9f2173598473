/**
 * Adds the strings of the import wizard (i18n-zh.ts / i18n-en.ts) to i18next under `import` when this feature's chunk
 * loads: every module of the feature that looks up a `import.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { importEn } from './i18n-en.ts';
import { importZh } from './i18n-zh.ts';

addFeatureStrings({ import: importZh }, { import: importEn });
