/**
 * The columns of the parcel and project lists, shared by the XLSX and CSV writers so both carry the same
 * Chinese headers and values. `kind` decides the XLSX number format and the CSV rounding.
 */
import { labelOf } from '../../domain/format.ts';
import type { Project } from '../../domain/schemas.ts';
import type { ParcelListModel, ParcelRow } from './models.ts';

/** Value kinds: text, ㎡, 亩, a ratio, 万元, or an ISO date. */
export type ColumnKind = 'text' | 'm2' | 'mu' | 'ratio' | 'wan' | 'date';

/** One list column. */
export interface ListColumn<T> {
  header: string;
  kind: ColumnKind;
  /** Width in Excel character units. */
  width: number;
  value(row: T): string | number | null;
}

const zh = 'zh-CN';
const joined = (xs: readonly string[]): string | null => (xs.length > 0 ? xs.join('；') : null);

/** Columns of the parcel list (one row per parcel). */
export const PARCEL_COLUMNS: readonly ListColumn<ParcelRow>[] = [
  { header: '地块编号', kind: 'text', width: 16, value: (r) => r.parcel.code },
  { header: '所属平台', kind: 'text', width: 22, value: (r) => r.platformNameZh },
  { header: '镇街', kind: 'text', width: 10, value: (r) => r.parcel.town || null },
  { header: '用地性质代码', kind: 'text', width: 12, value: (r) => r.parcel.landUse },
  { header: '用地性质', kind: 'text', width: 18, value: (r) => labelOf('landUse', r.parcel.landUse, zh) },
  { header: '面积（㎡）', kind: 'm2', width: 13, value: (r) => r.parcel.areaM2 },
  { header: '面积（亩）', kind: 'mu', width: 11, value: (r) => r.parcel.areaMu },
  { header: '容积率上限', kind: 'ratio', width: 10, value: (r) => r.parcel.plotRatioMax },
  { header: '供地状态', kind: 'text', width: 10, value: (r) => labelOf('landState', r.parcel.state, zh) },
  { header: '状态起始日期', kind: 'date', width: 12, value: (r) => r.parcel.stateSince },
  { header: '预计净地日期', kind: 'date', width: 12, value: (r) => r.parcel.expectedReadyDate },
  { header: '合同签订日期', kind: 'date', width: 12, value: (r) => r.parcel.contract.signed },
  { header: '约定交地日期', kind: 'date', width: 12, value: (r) => r.parcel.contract.agreedDelivery },
  { header: '约定开工日期', kind: 'date', width: 12, value: (r) => r.parcel.contract.agreedStart },
  { header: '约定竣工日期', kind: 'date', width: 12, value: (r) => r.parcel.contract.agreedCompletion },
  { header: '出让价款（万元）', kind: 'wan', width: 14, value: (r) => r.parcel.landPriceWan },
  { header: '项目', kind: 'text', width: 28, value: (r) => joined(r.projects.map((p) => p.name)) },
  { header: '企业', kind: 'text', width: 30, value: (r) => joined(r.projects.map((p) => p.enterprise)) },
];

/** Columns of the project list; parcel codes and platform names come from the list model. */
export function projectColumns(list: ParcelListModel): readonly ListColumn<Project>[] {
  const codeById = new Map(list.rows.map((r) => [r.parcel.id, r.parcel.code]));
  return [
    { header: '项目名称', kind: 'text', width: 28, value: (p) => p.name },
    { header: '企业', kind: 'text', width: 30, value: (p) => p.enterprise },
    { header: '产业', kind: 'text', width: 14, value: (p) => labelOf('industry', p.industry, zh) },
    { header: '来源', kind: 'text', width: 8, value: (p) => labelOf('origin', p.origin, zh) },
    { header: '计划投资（万元）', kind: 'wan', width: 14, value: (p) => p.investmentWan },
    { header: '用地需求（亩）', kind: 'mu', width: 13, value: (p) => p.landDemandMu },
    { header: '厂房需求（㎡）', kind: 'm2', width: 13, value: (p) => p.floorDemandM2 },
    { header: '阶段', kind: 'text', width: 8, value: (p) => labelOf('projectStage', p.stage, zh) },
    {
      header: '目标平台',
      kind: 'text',
      width: 22,
      value: (p) =>
        p.targetPlatformId ? (list.platformNames[p.targetPlatformId] ?? p.targetPlatformId) : null,
    },
    {
      header: '地块编号',
      kind: 'text',
      width: 20,
      value: (p) => joined(p.parcelIds.map((id) => codeById.get(id) ?? id)),
    },
  ];
}
