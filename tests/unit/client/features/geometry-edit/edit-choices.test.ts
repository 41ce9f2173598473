/**
 * The split / merge form's choices as the request body: the effective date's default (the app's reference date,
 * as for a state change), the note, and `projectParts` — checked against literal values and against the server's
 * own request schemas (domain/parcel-edit/edit-requests.ts), which the body must pass unchanged.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultEditDate,
  detailsBody,
  projectPartsBody,
} from '../../../../../client/features/geometry-edit/edit-choices.ts';
import { MergeRequest, SplitRequest } from '../../../../../domain/parcel-edit/edit-requests.ts';

const line = {
  type: 'LineString',
  coordinates: [
    [114.5, 23.1],
    [114.6, 23.1],
  ],
};

describe('the effective date of a split or merge', () => {
  it('defaults to the reference date, else today, never after today nor before the state date', () => {
    expect(defaultEditDate('2018-03-09', '2026-12-01')).toBe('2018-03-09');
    expect(defaultEditDate(null, '2026-12-01')).toBe('2026-12-01');
    expect(defaultEditDate('2027-01-01', '2026-12-01')).toBe('2026-12-01');
    expect(defaultEditDate('2018-03-09', '2026-12-01', '2018-05-20')).toBe('2018-05-20');
    expect(defaultEditDate('2018-03-09', '2026-12-01', '2017-01-01')).toBe('2018-03-09');
  });

  it('sends a valid date and a non-blank note (trimmed), nothing else', () => {
    expect(detailsBody({ date: '2018-04-02', note: '  分宗批复 2018-12  ' })).toEqual({
      date: '2018-04-02',
      note: '分宗批复 2018-12',
    });
    expect(detailsBody({ date: '', note: '   ' })).toEqual({});
    expect(detailsBody({ date: '2018-02-30', note: '' })).toEqual({});
  });
});

describe('which part keeps each linked project', () => {
  it('sends only the projects given one part; the default (every part) is left to the server', () => {
    expect(projectPartsBody({})).toBeUndefined();
    expect(projectPartsBody({ 'prj-a': 'all', 'prj-b': 'all' })).toBeUndefined();
    expect(projectPartsBody({ 'prj-a': 1, 'prj-b': 'all', 'prj-c': 0 })).toEqual({
      'prj-a': [1],
      'prj-c': [0],
    });
  });

  it('the bodies pass the server’s SplitRequest and MergeRequest as they are', () => {
    const split = {
      line,
      ...detailsBody({ date: '2018-04-02', note: '备注' }),
      projectParts: projectPartsBody({ 'prj-a': 1 }),
    };
    const parsed = SplitRequest.safeParse(split);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual({ line, date: '2018-04-02', note: '备注', projectParts: { 'prj-a': [1] } });
    const merge = { ids: ['P-1', 'P-2'], versions: [1, 1], ...detailsBody({ date: '2018-04-02', note: '' }) };
    expect(MergeRequest.safeParse(merge).success).toBe(true);
  });
});
