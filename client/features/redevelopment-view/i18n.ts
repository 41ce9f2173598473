/**
 * Adds the strings of the redevelopment (三旧) view (i18n-zh.ts / i18n-en.ts) to i18next under `redevelopmentView` when this feature's chunk
 * loads: every module of the feature that looks up a `redevelopmentView.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { redevelopmentViewEn } from './i18n-en.ts';
import { redevelopmentViewZh } from './i18n-zh.ts';

addFeatureStrings({ redevelopmentView: redevelopmentViewZh }, { redevelopmentView: redevelopmentViewEn });
