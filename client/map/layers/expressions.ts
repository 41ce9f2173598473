/** Expressions and fonts shared by the layers of the map style. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { UiLang } from '../../i18n/index.ts';

/** Local font family for every label (no glyph server: text is drawn with the browser's fonts). */
export const FONT = ['sans-serif'];

/** True for the provincial road S357, which the 357 belt is named after (drawn wider, orange). */
export const isS357: ExpressionSpecification = ['==', ['get', 'ref'], 'S357'];

/** The label expression of a context/platform feature in `lang` (`nameZh` / `nameEn`). */
export const nameExpression = (lang: UiLang): ExpressionSpecification => [
  'coalesce',
  ['get', lang === 'en' ? 'nameEn' : 'nameZh'],
  ['get', 'nameZh'],
];
