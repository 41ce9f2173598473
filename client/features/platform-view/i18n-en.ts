import type { PlatformStrings } from './i18n-zh.ts';

/** English strings of the platform summary. */
export const platformEn: PlatformStrings = {
  title: 'Platform summary',
  area: 'Area',
  parcelsByState: 'Parcels by state',
  projectsByStage: 'Projects by stage',
  projectsByIndustry: 'Projects by industry',
  focus: 'Focus industries',
  parcels: 'Parcels',
  kind: 'Kind',
  towns: 'Towns',
  projects: '{{count}}',
  investment: 'Investment',
  count: 'Count',
  back: 'Back',
};
