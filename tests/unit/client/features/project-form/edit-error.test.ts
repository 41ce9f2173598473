import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../client/api/client.ts';
import { editErrorView, fieldMessage } from '../../../../../client/features/project-form/edit-error.ts';

describe('a refused edit, sorted for its form', () => {
  it('412 names who changed the record (each once) and its version now', () => {
    const e = new ApiError(412, 'precondition_failed', '…', null, {
      version: 5,
      changes: [
        { at: '2018-03-09T01:00:00Z', who: '李工', action: 'project.update', version: 4 },
        { at: '2018-03-09T02:00:00Z', who: '李工', action: 'project.parcels', version: 5 },
      ],
    });
    expect(editErrorView(e)).toEqual({ kind: 'stale', version: 5, who: ['李工'] });
  });

  it('400 / 422 with a field go to that field (and to the fields under it)', () => {
    const e = new ApiError(422, 'stage_date_required', '推进到该阶段需填写日期 signed。', 'keyDates.signed');
    expect(editErrorView(e).kind).toBe('field');
    expect(fieldMessage(e, 'keyDates.signed')).toBe('推进到该阶段需填写日期 signed。');
    expect(fieldMessage(e, 'keyDates')).toBe('推进到该阶段需填写日期 signed。');
    expect(fieldMessage(e, 'stage')).toBeNull();
  });

  it('anything else shows the server’s message', () => {
    // A refused delete is about the record, not a field to correct.
    expect(editErrorView(new ApiError(422, 'not_deletable', 'only a draft', 'stage'))).toMatchObject({
      kind: 'other',
      message: 'only a draft',
    });
    expect(editErrorView(new ApiError(403, 'forbidden', 'not your platform'))).toEqual({
      kind: 'other',
      code: 'forbidden',
      message: 'not your platform',
    });
    expect(editErrorView(new Error('Failed to fetch'))).toEqual({
      kind: 'other',
      code: 'network',
      message: 'Failed to fetch',
    });
  });
});
