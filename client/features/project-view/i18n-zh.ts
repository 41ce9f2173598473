/** Chinese strings of the project view, merged into i18n under `projectView`. */
export const projectViewZh = {
  kicker: '项目',
  targetPlatform: '目标平台',
  pipeline: '待落地：候选用地（用地缺口测算）',
  pipelineHint: '按当前用地缺口情景（{{tab}}页的设置）测算',
  enterpriseProjects: '{{enterprise}} 的项目',
  outlined: '地图上以黑色粗轮廓标出本项目地块',
};

export type ProjectViewStrings = typeof projectViewZh;
