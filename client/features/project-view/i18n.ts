/**
 * Adds the strings of the project view (i18n-zh.ts / i18n-en.ts) to i18next under `projectView` when this feature's chunk
 * loads: every module of the feature that looks up a `projectView.…` key imports this file first, so the strings
 * never sit in the app shell and are there before the feature renders (client/i18n/feature-strings.ts).
 */
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { projectViewEn } from './i18n-en.ts';
import { projectViewZh } from './i18n-zh.ts';

addFeatureStrings({ projectView: projectViewZh }, { projectView: projectViewEn });
