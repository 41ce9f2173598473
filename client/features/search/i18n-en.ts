import type { SearchHitsStrings } from './i18n-zh.ts';

/** English strings of the grouped search results (same keys as i18n-zh.ts, checked by the type). */
export const searchHitsEn: SearchHitsStrings = {
  group: { project: 'Projects', enterprise: 'Enterprises', platform: 'Platforms', parcel: 'Parcels' },
  match: {
    code: 'parcel code',
    name: 'project name',
    enterprise: 'enterprise',
    industry: 'industry',
    platform: 'platform name',
    heldByProject: 'held by project',
    heldByEnterprise: 'held by enterprise',
  },
  matched: 'Matched {{label}}: {{text}}',
  matchedSelf: 'Matched {{label}}',
  more: '{{count}} more not listed',
  truncated: 'Too many hits; only the first are listed. Type more of the name or code',
  openProjects: 'Open the enterprise’s projects',
};
