import { describe, expect, it } from 'vitest';
import { NO_DATES } from '../../../../domain/record-edits/project-dates.ts';
import { checkProjectStage } from '../../../../domain/record-edits/project-edit.ts';

const TODAY = '2018-03-09';
const at = (
  stage: Parameters<typeof checkProjectStage>[0]['stage'],
  dates = {},
  terminatedOn: string | null = null,
) => ({
  stage,
  keyDates: { ...NO_DATES, ...dates },
  terminatedOn,
});

describe('checkProjectStage (stage ↔ dated key dates)', () => {
  it('accepts a new lead without dates and a loaded project with undated past stages', () => {
    expect(checkProjectStage(at('lead'), true, TODAY)).toEqual({ ok: true });
    expect(checkProjectStage(at('signed', { signed: '2017-01-01' }), false, TODAY)).toEqual({ ok: true });
  });

  it('moving to a stage needs that stage’s date', () => {
    expect(checkProjectStage(at('approved'), true, TODAY)).toMatchObject({
      code: 'stage_date_required',
      field: 'keyDates.approved',
    });
    expect(checkProjectStage(at('negotiating'), true, TODAY)).toMatchObject({
      field: 'keyDates.firstContact',
    });
    expect(checkProjectStage(at('approved', { approved: '2018-03-01' }), true, TODAY)).toEqual({ ok: true });
  });

  it('dates follow the chain, none after today, none beyond the stage', () => {
    expect(
      checkProjectStage(at('signed', { approved: '2018-02-01', signed: '2018-01-31' }), false, TODAY),
    ).toMatchObject({
      code: 'dates_out_of_order',
      field: 'keyDates.signed',
    });
    expect(checkProjectStage(at('signed', { signed: '2018-03-10' }), false, TODAY)).toMatchObject({
      code: 'date_in_future',
    });
    expect(
      checkProjectStage(at('approved', { approved: '2018-01-01', started: '2018-02-01' }), false, TODAY),
    ).toMatchObject({
      code: 'date_beyond_stage',
      field: 'keyDates.started',
    });
  });

  it('终止 needs its date when moved to, and never follows 投产', () => {
    expect(checkProjectStage(at('terminated'), true, TODAY)).toMatchObject({ field: 'terminatedOn' });
    expect(checkProjectStage(at('terminated', {}, '2018-03-01'), true, TODAY)).toEqual({ ok: true });
    expect(
      checkProjectStage(at('terminated', { producing: '2017-01-01' }, '2018-03-01'), true, TODAY),
    ).toMatchObject({
      code: 'cannot_terminate',
    });
    expect(checkProjectStage(at('signed', {}, '2018-03-01'), false, TODAY)).toMatchObject({
      code: 'not_terminated',
    });
  });
});
