import type { RedevelopmentViewStrings } from './i18n-zh.ts';

/** English strings of the 三旧改造 site view (same keys as i18n-zh.ts, checked by the type). */
export const redevelopmentViewEn: RedevelopmentViewStrings = {
  kicker: 'Redevelopment (三旧)',
  code: 'Code',
  type: 'Type',
  mode: 'Mode',
  stage: 'Stage',
  platform: 'Platform',
  area: 'Site area',
  completed: 'Area completed',
  floorSpace: 'Factory floor space',
  landOutput: 'Land it frees',
  targetYear: 'Target year',
  expectedCompletion: 'Expected completion',
  implementer: 'Implemented by',
  parcel: 'Parcel',
  notFound: 'Redevelopment site not found',
};
