import type { ProjectViewStrings } from './i18n-zh.ts';

/** English strings of the project view (same keys as i18n-zh.ts, checked by the type). */
export const projectViewEn: ProjectViewStrings = {
  kicker: 'Project',
  targetPlatform: 'Target platform',
  pipeline: 'Not yet on land: candidate sites (land balance)',
  pipelineHint: 'Computed with the current land-balance options (the {{tab}} tab)',
  enterpriseProjects: 'Projects of {{enterprise}}',
  outlined: 'The project’s parcels are outlined in thick black on the map',
};
