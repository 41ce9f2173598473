/** Chinese strings of the grouped search results, merged into i18n under `searchHits`. */
export const searchHitsZh = {
  group: { project: '项目', enterprise: '企业', platform: '产业平台', parcel: '地块' },
  match: {
    code: '地块编号',
    name: '项目名称',
    enterprise: '企业',
    industry: '产业',
    platform: '平台名称',
    heldByProject: '所属项目',
    heldByEnterprise: '所属企业',
  },
  /** What the row matched. */
  matched: '匹配{{label}}：{{text}}',
  /** When the matched value is the row's own title. */
  matchedSelf: '匹配{{label}}',
  more: '另有 {{count}} 条未列出',
  truncated: '结果过多，仅列出前若干条；请输入更完整的名称或编号',
  openProjects: '查看该企业项目',
};

export type SearchHitsStrings = typeof searchHitsZh;
