/**
 * Adds the strings of the print dialog (i18n-zh.ts / i18n-en.ts) to i18next under `print` when this feature's chunk
 * loads: every module of the feature that looks up a `print.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { printEn } from './i18n-en.ts';
import { printZh } from './i18n-zh.ts';

addFeatureStrings({ print: printZh }, { print: printEn });
