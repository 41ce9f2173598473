import { describe, expect, it } from 'vitest';
import { mergeCode, newParcelCode, splitCodes } from '../../../../domain/parcel-edit/parcel-codes.ts';

const used = ['ZK-ZC-0174', 'ZK-ZC-0175', 'ZK-ZC-0176', 'ZK-ZC-0279', 'ZK-357-0586'];

describe('codes of split parts (branch scheme, TD 1001-93 支号)', () => {
  it('ZK-ZC-0175 split in two → ZK-ZC-0175-1, ZK-ZC-0175-2', () => {
    expect(splitCodes('ZK-ZC-0175', 2, used)).toEqual(['ZK-ZC-0175-1', 'ZK-ZC-0175-2']);
  });

  it('a part split again continues the branches of the same number: 0175-2 → 0175-3, 0175-4, 0175-5', () => {
    const after = [...used, 'ZK-ZC-0175-1', 'ZK-ZC-0175-2'];
    expect(splitCodes('ZK-ZC-0175-2', 3, after)).toEqual(['ZK-ZC-0175-3', 'ZK-ZC-0175-4', 'ZK-ZC-0175-5']);
  });

  it('retired codes are never reused (0175-1 retired, still counted as used)', () => {
    expect(splitCodes('ZK-ZC-0175', 1, [...used, 'ZK-ZC-0175-1'])).toEqual(['ZK-ZC-0175-2']);
  });

  it('a code off the zone pattern gets branches on the whole code', () => {
    expect(splitCodes('441302-DK-7', 2, ['441302-DK-7'])).toEqual(['441302-DK-7-1', '441302-DK-7-2']);
  });
});

describe('codes of split parts (renumber scheme)', () => {
  it('the next numbers after the highest with the same prefix, four digits', () => {
    expect(splitCodes('ZK-ZC-0175', 2, used, 'renumber')).toEqual(['ZK-ZC-0280', 'ZK-ZC-0281']);
    expect(splitCodes('ZK-357-0001', 1, used, 'renumber')).toEqual(['ZK-357-0587']);
  });
});

describe('code of a merged parcel', () => {
  it('branch: the smallest parent number plus the next branch (0176 + 0175 → 0175-1)', () => {
    expect(mergeCode(['ZK-ZC-0176', 'ZK-ZC-0175'], used)).toEqual('ZK-ZC-0175-1');
  });

  it('branch: parents that are branches themselves hang from their number (0175-3 + 0176 → 0175-4)', () => {
    expect(mergeCode(['ZK-ZC-0176', 'ZK-ZC-0175-3'], [...used, 'ZK-ZC-0175-3'])).toEqual('ZK-ZC-0175-4');
  });

  it('renumber: the next free number', () => {
    expect(mergeCode(['ZK-ZC-0176', 'ZK-ZC-0175'], used, 'renumber')).toEqual('ZK-ZC-0280');
  });
});

describe('the zone code pattern comes from the settings (parcelCodePattern)', () => {
  // A zone numbering its parcels by administrative division code: 441302-001-0175, branches -1, -2.
  const PATTERN = '^(\\d{6}-\\d{3})-(\\d{4})(?:-(\\d+))?$';
  const used = ['441302-001-0175', '441302-001-0175-1', '441302-001-0175-2', '441302-001-0200'];

  it('a split of a branch continues the branches of the number under the zone pattern', () => {
    expect(splitCodes('441302-001-0175-2', 2, used, 'branch', PATTERN)).toEqual([
      '441302-001-0175-3',
      '441302-001-0175-4',
    ]);
    // Under the default pattern the code is not a zone code: branches hang from the whole code.
    expect(splitCodes('441302-001-0175-2', 2, used)).toEqual(['441302-001-0175-2-1', '441302-001-0175-2-2']);
  });

  it('renumbering and merging read the same pattern', () => {
    expect(splitCodes('441302-001-0175', 2, used, 'renumber', PATTERN)).toEqual([
      '441302-001-0201',
      '441302-001-0202',
    ]);
    expect(mergeCode(['441302-001-0200', '441302-001-0175-2'], used, 'branch', PATTERN)).toBe(
      '441302-001-0175-3',
    );
  });
});

describe('newParcelCode: a parcel drawn from scratch takes a new number, never a branch', () => {
  it('the next number under the prefix most of the platform’s codes carry, at their width', () => {
    const platform = ['ZK-ZC-0175', 'ZK-ZC-0176-1', 'ZK-XX-0900'];
    expect(newParcelCode(platform, [...platform, 'ZK-ZC-0279'])).toBe('ZK-ZC-0280');
  });
  it('a tie goes to the prefix with the highest number; a used code is skipped', () => {
    expect(newParcelCode(['ZK-A-001', 'ZK-B-007'], ['ZK-A-001', 'ZK-B-007', 'ZK-B-008'])).toBe('ZK-B-009');
  });
  it('null when no code of the platform follows the pattern (the editor gives one)', () => {
    expect(newParcelCode(['free text', 'P1'], ['free text', 'P1'])).toBeNull();
    expect(newParcelCode([], [])).toBeNull();
  });
});
