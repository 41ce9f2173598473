/**
 * Adds the strings of the attribute table (i18n-zh.ts / i18n-en.ts) to i18next under `attributeTable` when this feature's chunk
 * loads: every module of the feature that looks up a `attributeTable.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { attributeTableEn } from './i18n-en.ts';
import { attributeTableZh } from './i18n-zh.ts';

addFeatureStrings({ attributeTable: attributeTableZh }, { attributeTable: attributeTableEn });
