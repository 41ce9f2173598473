import { describe, expect, it } from 'vitest';
import { applyPatch, changedFields } from '../../../../domain/record-edits/field-diff.ts';
import { undoPatch } from '../../../../domain/record-edits/undo.ts';

describe('applyPatch / changedFields / undoPatch', () => {
  const before = { code: 'ZK-1', landUse: '1001', notes: '', readiness: null as null | { pct: number } };

  it('applies only the fields sent and lists only those that changed', () => {
    const after = applyPatch(before, { landUse: '100101', notes: undefined, readiness: { pct: 80 } });
    expect(after).toEqual({ code: 'ZK-1', landUse: '100101', notes: '', readiness: { pct: 80 } });
    expect(changedFields(before, after)).toEqual({
      before: { landUse: '1001', readiness: null },
      after: { landUse: '100101', readiness: { pct: 80 } },
    });
  });

  it('undo restores the before values of an attribute edit of the same record only', () => {
    const row = {
      action: 'parcel.update',
      entityType: 'parcel',
      entityId: 'P-1',
      before: { landUse: '1001', version: 3 },
    };
    expect(undoPatch(row, 'parcel', 'P-1')).toEqual({ ok: true, patch: { landUse: '1001' } });
    expect(undoPatch(row, 'parcel', 'P-2').ok).toBe(false);
    expect(undoPatch({ ...row, action: 'parcel.transition' }, 'parcel', 'P-1').ok).toBe(false);
    expect(undoPatch({ ...row, before: { version: 3 } }, 'parcel', 'P-1').ok).toBe(false);
  });
});
