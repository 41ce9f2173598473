/**
 * Adds the strings of the administration pages (i18n-zh.ts / i18n-en.ts) to i18next under `admin` when this feature's chunk
 * loads: every module of the feature that looks up a `admin.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { adminEn } from './i18n-en.ts';
import { adminZh } from './i18n-zh.ts';

addFeatureStrings({ admin: adminZh }, { admin: adminEn });
