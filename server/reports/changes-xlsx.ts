/**
 * "变化 / What changed" between two dates as XLSX: sheet 地块变化 (code, platform, area ㎡ / 亩, kind, state before
 * → after, whether it counts as land granted), sheet 项目变化 (name, enterprise, stage before → after, kind), and
 * the granted total in the workbook title. Chinese labels; text cells neutralised by the list writer.
 */
import ExcelJS from 'exceljs';
import { labelOf } from '../../domain/format.ts';
import type { ChangesBetween } from '../read-models/changes-between.ts';
import type { ListColumn } from './parcel-columns.ts';
import { addSheet } from './xlsx.ts';
import { appNameZh } from './zone-name.ts';

type ParcelRow = ChangesBetween['parcels'][number];
type ProjectRow = ChangesBetween['projects'][number];

const zh = 'zh-CN';
const KIND_ZH = { state: '状态变化', created: '新增（分宗/合宗）', retired: '注销（分宗/合宗）' } as const;
const PROJECT_KIND_ZH = {
  new: '新进入台账',
  advanced: '推进',
  terminated: '终止',
  other: '其他变化',
} as const;

const PARCEL_CHANGE_COLUMNS: readonly ListColumn<ParcelRow>[] = [
  { header: '地块编号', kind: 'text', width: 16, value: (r) => r.code },
  { header: '平台', kind: 'text', width: 14, value: (r) => r.platformId },
  { header: '面积（㎡）', kind: 'm2', width: 13, value: (r) => r.areaM2 },
  { header: '面积（亩）', kind: 'mu', width: 11, value: (r) => r.areaMu },
  { header: '变化', kind: 'text', width: 16, value: (r) => KIND_ZH[r.kind] },
  {
    header: '起始状态',
    kind: 'text',
    width: 12,
    value: (r) => (r.before ? labelOf('landState', r.before, zh) : null),
  },
  {
    header: '结束状态',
    kind: 'text',
    width: 12,
    value: (r) => (r.after ? labelOf('landState', r.after, zh) : null),
  },
  { header: '计入供地', kind: 'text', width: 10, value: (r) => (r.granted ? '是' : '否') },
];

const PROJECT_CHANGE_COLUMNS: readonly ListColumn<ProjectRow>[] = [
  { header: '项目', kind: 'text', width: 28, value: (r) => r.name },
  { header: '企业', kind: 'text', width: 24, value: (r) => r.enterprise },
  {
    header: '起始阶段',
    kind: 'text',
    width: 10,
    value: (r) => (r.before ? labelOf('projectStage', r.before, zh) : null),
  },
  {
    header: '结束阶段',
    kind: 'text',
    width: 10,
    value: (r) => (r.after ? labelOf('projectStage', r.after, zh) : null),
  },
  { header: '变化', kind: 'text', width: 12, value: (r) => PROJECT_KIND_ZH[r.kind] },
];

/** XLSX bytes of `changes`; `generatedAt` (ISO) stamps the workbook, `zoneNameZh` (zone settings) titles it. */
export async function changesXlsx(
  changes: ChangesBetween,
  generatedAt: string,
  zoneNameZh: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = appNameZh(zoneNameZh);
  wb.created = new Date(generatedAt);
  wb.modified = wb.created;
  wb.title = `${zoneNameZh}台账变化 ${changes.from} 至 ${changes.to}（供地 ${changes.grantedMu.toFixed(2)} 亩）`;
  addSheet(wb, '地块变化', PARCEL_CHANGE_COLUMNS, changes.parcels);
  addSheet(wb, '项目变化', PROJECT_CHANGE_COLUMNS, changes.projects);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
