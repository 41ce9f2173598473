import { describe, expect, it } from 'vitest';
import {
  parcelFormValues,
  parcelPatchBody,
} from '../../../../../../client/features/parcel-panel/record-edit/parcel-edit-form.ts';

const parcel = {
  code: 'ZK-357-0023',
  town: '陈江',
  landUse: '100101' as const,
  plotRatioMax: 2.5,
  expectedReadyDate: null,
  notes: '',
  conditions: null,
  readiness: {
    conversionApproved: '2016-05-01',
    quotaAllocated: true,
    demolitionPct: 80,
    siteLevelled: false,
  },
};

describe('parcel attribute form: the PATCH body', () => {
  it('nothing changed → empty body; a changed code and notes only those', () => {
    const initial = parcelFormValues(parcel);
    expect(parcelPatchBody(initial, initial)).toEqual({ ok: true, body: {} });
    expect(parcelPatchBody(initial, { ...initial, code: ' ZK-357-0023-1 ', notes: '待征拆' })).toEqual({
      ok: true,
      body: { code: 'ZK-357-0023-1', notes: '待征拆' },
    });
  });

  it('出让条件 go as a whole object, blanks as null; readiness too', () => {
    const initial = parcelFormValues(parcel);
    const v = {
      ...initial,
      conditions: { ...initial.conditions, termYears: '50', investmentIntensityWanPerMu: '350' },
      readiness: { ...initial.readiness, demolitionPct: '100', siteLevelled: true },
    };
    const r = parcelPatchBody(initial, v);
    expect(r.ok && r.body.conditions).toEqual({
      plotRatioMin: null,
      plotRatioMax: null,
      buildingCoverageMin: null,
      greenRatioMax: null,
      heightLimitM: null,
      termYears: 50,
      startPriceWan: null,
      penaltyPermillePerDay: null,
      investmentIntensityWanPerMu: 350,
      outputPerMuWan: null,
      taxPerMuWan: null,
    });
    expect(r.ok && r.body.readiness).toEqual({
      conversionApproved: '2016-05-01',
      quotaAllocated: true,
      demolitionPct: 100,
      siteLevelled: true,
    });
  });

  it('a malformed number is a problem at its (nested) field; a blank plot ratio is required', () => {
    const initial = parcelFormValues(parcel);
    expect(
      parcelPatchBody(initial, { ...initial, conditions: { ...initial.conditions, heightLimitM: '4O' } }),
    ).toEqual({ ok: false, problem: { field: 'conditions.heightLimitM', key: 'number' } });
    expect(parcelPatchBody(initial, { ...initial, plotRatioMax: '' })).toEqual({
      ok: false,
      problem: { field: 'plotRatioMax', key: 'required' },
    });
  });
});
