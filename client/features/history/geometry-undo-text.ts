/**
 * The strings of the undo of a split, merge or vertex move (UndoGeometryEdit.tsx), in the UI language — a small
 * typed table of this feature, as correction-text.ts, rather than keys of the app's i18next union.
 */
import { useLang } from '../language/use-lang.ts';

type Kind = 'split' | 'merge' | 'reshape' | 'create';

const zh = {
  button: '撤销',
  confirm: '确认撤销',
  cancel: '取消',
  undone: '已撤销',
  action: {
    split: '分宗',
    merge: '合宗',
    reshape: '编辑边界',
    create: '新增地块',
    geometry_undo: '撤销几何编辑',
  } as Record<Kind | 'geometry_undo', string>,
  origin: (kind: Kind, parents: string) =>
    kind === 'create' ? '新增地块（绘制）' : `${kind === 'merge' ? '合宗自' : '分宗自'} ${parents}`,
  explain: (kind: Kind, back: string, retired: string, areaM2: string | null) =>
    kind === 'create'
      ? `撤销新增：地块 ${retired} 注销（原因：撤销），在过去日期的地图和统计中视为从未存在；其编号不再使用。撤销记入审计，原编辑保留并标注“已撤销”。`
      : kind === 'reshape'
        ? `撤销边界编辑：地块 ${back} 恢复编辑前的边界${areaM2 ? `和面积（${areaM2} ㎡）` : ''}。之后的属性修改和状态变更保留。撤销记入审计，原编辑保留并标注“已撤销”。`
        : `撤销${kind === 'merge' ? '合宗' : '分宗'}：地块 ${back} 恢复（原边界、面积、属性、状态事件和项目关联不变）；地块 ${retired} 注销（原因：撤销），在过去日期的地图和统计中视为从未存在。撤销记入审计，原编辑保留并标注“已撤销”。`,
  refused: (message: string) => `不能撤销：${message}`,
};
type GeometryUndoStrings = typeof zh;

/** "parcel A comes" / "parcels A, B come" (`codes` joined with ", "). */
const plural = (codes: string, noun: string, one: string, many: string) =>
  codes.includes(',') ? `${noun}s ${codes} ${many}` : `${noun} ${codes} ${one}`;

const en: GeometryUndoStrings = {
  button: 'Undo',
  confirm: 'Confirm undo',
  cancel: 'Cancel',
  undone: 'undone',
  action: {
    split: 'Split',
    merge: 'Merge',
    reshape: 'Boundary edit',
    create: 'New parcel',
    geometry_undo: 'Undo of a geometry edit',
  },
  origin: (kind, parents) =>
    kind === 'create'
      ? 'drawn as a new parcel'
      : `${kind === 'merge' ? 'merged from' : 'split from'} ${parents}`,
  explain: (kind, back, retired, areaM2) =>
    kind === 'create'
      ? `Undo the new parcel: parcel ${retired} is retired (reason: undo) and counts as never having existed on past dates of the map and figures; its code is not given again. The undo is audited; the edit stays in the history, marked undone.`
      : kind === 'reshape'
        ? `Undo the boundary edit: parcel ${back} gets back its outline from before the edit${areaM2 ? ` and its area (${areaM2} m²)` : ''}. Attribute edits and state changes made since are kept. The undo is audited; the edit stays in the history, marked undone.`
        : `Undo the ${kind}: ${plural(back, 'parcel', 'comes', 'come')} back (outline, area, attributes, state events and project links as they were); ${plural(retired, 'parcel', 'is', 'are')} retired (reason: undo) and ${retired.includes(',') ? 'count' : 'counts'} as never having existed on past dates of the map and figures. The undo is audited; the edit stays in the history, marked undone.`,
  refused: (message) => `Cannot undo: ${message}`,
};

/** The geometry-undo strings in the UI language. */
export const useGeometryUndoText = (): GeometryUndoStrings => (useLang() === 'en' ? en : zh);
