/**
 * Adds the strings of the zone settings page (i18n-zh.ts / i18n-en.ts) to i18next under `settings` when this feature's chunk
 * loads: every module of the feature that looks up a `settings.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { settingsEn } from './i18n-en.ts';
import { settingsZh } from './i18n-zh.ts';

addFeatureStrings({ settings: settingsZh }, { settings: settingsEn });
