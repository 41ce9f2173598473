import { describe, expect, it } from 'vitest';
import {
  mapProjectRecord,
  ProjectImportMapping,
  resolveProjectFields,
} from '../../../../domain/import/project-mapping.ts';

const platforms = [{ id: 'pf-a', nameZh: '甲平台' }];
const none = ProjectImportMapping.parse({});
const LEDGER = [
  '项目名称',
  '企业名称',
  '产业类别',
  '来源地',
  '总投资（亿元）',
  '研发型',
  '项目阶段',
  '意向平台',
];

describe('mapProjectRecord (招商台账)', () => {
  const fields = resolveProjectFields(none, LEDGER);
  const row = (over: Record<string, string | number | null> = {}) => ({
    项目名称: '某项目',
    企业名称: '某公司',
    产业类别: '人工智能',
    来源地: '韩国',
    '总投资（亿元）': 1.5,
    研发型: '是',
    项目阶段: '过会',
    意向平台: '甲平台',
    ...over,
  });

  it('reads Chinese labels, 亿元 as 万元 (1 亿元 = 10 000 万元), 是/否 and the platform by its Chinese name', () => {
    const { candidate, problems } = mapProjectRecord(2, row(), fields, none, platforms, () => true);
    expect(problems).toEqual([]);
    expect(candidate).toMatchObject({
      industry: 'ai',
      origin: 'korea',
      investmentWan: 15_000,
      rdOriented: true,
      stage: 'approved',
      targetPlatformId: 'pf-a',
    });
  });

  it('names unknown values; a new project without its enterprise is missing a field, an update is not', () => {
    const bad = row({ 产业类别: '生物医药', 意向平台: '乙平台', 企业名称: null });
    const asNew = mapProjectRecord(3, bad, fields, none, platforms, () => true).problems;
    expect(asNew.map((p) => `${p.code} ${p.field}`).sort()).toEqual([
      'missing_field enterprise',
      'unknown_value industry',
      'unknown_value targetPlatformId',
    ]);
    const asUpdate = mapProjectRecord(3, bad, fields, none, platforms, () => false).problems;
    expect(asUpdate.map((p) => p.field).sort()).toEqual(['industry', 'targetPlatformId']);
  });
});
