/**
 * Parcel colouring themes: the classes of each theme, their colours and the maplibre expression that paints them.
 * State, land-use and industry colours come from domain/palette.ts, shared with the PDF reports.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { INDUSTRIES, LAND_STATES, LAND_USES } from '../../domain/enums.ts';
import { INDUSTRY_COLORS, LAND_USE_COLORS, PLATFORM_COLORS, STATE_COLORS } from '../../domain/palette.ts';
import type { Theme } from '../state/url-state.ts';

/** One legend class of a theme: its key (a wire value, `none` for "no project") and its colour. */
export interface ThemeClass {
  key: string;
  color: string;
}

/** The classes of `theme` in display order; `platformIds` gives the platform order for the platform theme. */
export function themeClasses(theme: Theme, platformIds: readonly string[]): ThemeClass[] {
  switch (theme) {
    case 'state':
      return LAND_STATES.map((k) => ({ key: k, color: STATE_COLORS[k] }));
    case 'landUse':
      return LAND_USES.map((k) => ({ key: k, color: LAND_USE_COLORS[k] }));
    case 'industry':
      return [...INDUSTRIES, 'none' as const].map((k) => ({ key: k, color: INDUSTRY_COLORS[k] }));
    case 'platform':
      return platformIds.map((k, i) => ({ key: k, color: PLATFORM_COLORS[i % PLATFORM_COLORS.length]! }));
  }
}

/** The feature property a theme classifies on (parcel light properties; `industry` is null without a project). */
const THEME_PROPERTY: Record<Theme, 'state' | 'landUse' | 'industry' | 'platformId'> = {
  state: 'state',
  landUse: 'landUse',
  industry: 'industry',
  platform: 'platformId',
};

/** Class key of a parcel's properties under `theme` (`none` when the property is empty). */
export function classKeyOf(props: Record<string, unknown>, theme: Theme): string {
  const v = props[THEME_PROPERTY[theme]];
  return typeof v === 'string' && v !== '' ? v : 'none';
}

/** A `match` expression painting each class its colour; unknown values grey. */
export function fillColorExpression(theme: Theme, classes: readonly ThemeClass[]): ExpressionSpecification {
  const pairs = classes.flatMap((c) => [c.key, c.color]);
  if (pairs.length === 0) return ['to-color', '#adb5bd'];
  // The spec's tuple type cannot express a variable number of match arms.
  return [
    'match',
    ['coalesce', ['get', THEME_PROPERTY[theme]], 'none'],
    ...pairs,
    '#adb5bd',
  ] as unknown as ExpressionSpecification;
}
