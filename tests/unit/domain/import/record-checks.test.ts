import { describe, expect, it } from 'vitest';
import { PLATFORM_KIND_ZH, PLATFORM_KINDS } from '../../../../domain/enums.ts';
import type { ImportProblem } from '../../../../domain/import/parcel-mapping.ts';
import {
  codeProblem,
  enumField,
  fileAreaM2,
  missingField,
  resolveMappedFields,
} from '../../../../domain/import/record-checks.ts';

describe('record checks shared by the platform and 三旧 mappings', () => {
  it('resolves a field from the mapping first, else from the first guessed name the file has', () => {
    const out = resolveMappedFields(
      ['code', 'name', 'kind'] as const,
      { name: '名称X' },
      { code: ['code', 'BH'], name: ['name'], kind: ['LX'] },
      ['BH', 'code', 'name'],
    );
    expect(out).toEqual({ code: 'code', name: '名称X' });
  });

  it('names a missing field with the source field it was read from, or 未映射 / not mapped', () => {
    expect(missingField(3, 'towns', ['所在镇街', 'towns'], 'ZJ')).toEqual({
      code: 'missing_field',
      field: 'towns',
      message: '第 3 条记录：缺少所在镇街（ZJ）。 Record 3: no towns (ZJ).',
    });
    expect(missingField(4, 'towns', ['所在镇街', 'towns'], undefined).message).toBe(
      '第 4 条记录：缺少所在镇街（未映射）。 Record 4: no towns (not mapped).',
    );
  });

  it('accepts a URL id as code, names a malformed one and a missing one', () => {
    const labels = { label: ['平台编号', 'platform code'], missing: ['平台编号', 'code'] } as const;
    expect(codeProblem(1, 'zk-01', 'BH', labels)).toBeNull();
    expect(codeProblem(2, 'a b/c', 'BH', labels)).toEqual({
      code: 'unknown_value',
      field: 'code',
      message:
        '第 2 条记录：平台编号「a b/c」只能由字母、数字和 _ . : - 组成（1–80 个字符）。 Record 2: platform code "a b/c" must be 1–80 letters, digits, _ . : or -.',
    });
    expect(codeProblem(5, null, undefined, labels)?.code).toBe('missing_field');
    expect(codeProblem(6, 'x'.repeat(81), 'BH', labels)?.code).toBe('unknown_value');
  });

  it('reads an enum cell through the value table, the key, or its Chinese label; blank takes the default', () => {
    const problems: ImportProblem[] = [];
    const spec = {
      keys: PLATFORM_KINDS,
      zh: PLATFORM_KIND_ZH,
      label: ['平台类型', 'platform kind'] as const,
    };
    expect(
      enumField(1, 'kind', '园区X', { ...spec, table: { 园区X: 'industrial_park' } }, 'LX', problems),
    ).toBe('industrial_park');
    expect(enumField(1, 'kind', 'industrial_park', spec, 'LX', problems)).toBe('industrial_park');
    expect(enumField(1, 'kind', PLATFORM_KIND_ZH.industrial_park, spec, 'LX', problems)).toBe(
      'industrial_park',
    );
    expect(enumField(1, 'kind', null, { ...spec, fallback: 'industrial_park' }, 'LX', problems)).toBe(
      'industrial_park',
    );
    expect(problems).toEqual([]);
    expect(enumField(7, 'kind', '火星', spec, 'LX', problems)).toBeNull();
    expect(enumField(8, 'kind', null, spec, undefined, problems)).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      '第 7 条记录：LX「火星」不是已知的平台类型。 Record 7: LX "火星" is not a known platform kind.',
      '第 8 条记录：缺少平台类型（未映射）。 Record 8: no platform kind (not mapped).',
    ]);
  });

  it('takes the file area in ㎡, else 亩 × 10000/15, and drops blanks, non-numbers and non-positive areas', () => {
    expect(fileAreaM2({ MJ: '1,500.5', MU: 3 }, 'MJ', 'MU')).toBe(1500.5);
    expect(fileAreaM2({ MJ: '', MU: 3 }, 'MJ', 'MU')).toBeCloseTo(2000, 9);
    expect(fileAreaM2({ MU: '1.5' }, undefined, 'MU')).toBeCloseTo(1000, 9);
    expect(fileAreaM2({ MJ: 0 }, 'MJ', undefined)).toBeNull();
    expect(fileAreaM2({ MJ: 'abc' }, 'MJ', undefined)).toBeNull();
    expect(fileAreaM2({}, undefined, undefined)).toBeNull();
  });
});
