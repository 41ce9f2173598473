import type { ResultListStrings } from './i18n-zh.ts';

/** English strings of the parcel-count line (same keys as i18n-zh.ts, checked by the type). */
export const resultListEn: ResultListStrings = {
  truncated:
    'The map shows the first {{shown}} of {{n}} parcels; the area sums those shown. Zoom in or add a filter.',
};
