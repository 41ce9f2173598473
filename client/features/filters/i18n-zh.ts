/** Chinese strings of the parcel-count line (the notice when the map's list was cut at the server's limit). */
export const resultListZh = {
  truncated:
    '地图仅显示前 {{shown}} 个地块（共 {{n}} 个），面积为所显示地块之和；请缩小地图范围或增加筛选条件。',
};

/** The keys of the parcel-count strings. */
export type ResultListStrings = typeof resultListZh;
