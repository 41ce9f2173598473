import { describe, expect, it } from 'vitest';
import {
  createBody,
  formValuesOf,
  patchBody,
} from '../../../../../client/features/project-form/project-form.ts';

const project = {
  name: '佰维存储芯片封测及研发基地',
  enterprise: '深圳佰维存储科技股份有限公司',
  industry: 'semiconductor' as const,
  origin: 'shenzhen' as const,
  investmentWan: 90000,
  fixedInvestmentWan: 59400,
  landDemandMu: 184,
  floorDemandM2: null,
  targetPlatformId: 'belt-357',
  stage: 'land_acquired' as const,
  rdOriented: false,
  keyDates: {
    firstContact: '2016-09-19',
    approved: '2017-04-18',
    signed: '2017-06-16',
    landAcquired: '2017-11-22',
    started: null,
    producing: null,
  },
  expansionOf: null,
};

describe('project form: the body it sends', () => {
  it('a new lead sends its fields without nulls, numbers parsed, platform as chosen', () => {
    const v = {
      ...formValuesOf(null, 'belt-357'),
      name: ' 激光二期 ',
      enterprise: '某激光',
      investmentWan: '30,000',
      landDemandMu: '45',
    };
    expect(createBody(v)).toEqual({
      ok: true,
      body: {
        name: '激光二期',
        enterprise: '某激光',
        industry: 'other',
        origin: 'shenzhen',
        investmentWan: 30000,
        landDemandMu: 45,
        targetPlatformId: 'belt-357',
        stage: 'lead',
        rdOriented: false,
        keyDates: {},
      },
    });
  });

  it('a blank name or a malformed number is a problem at its field', () => {
    expect(createBody({ ...formValuesOf(null, null), enterprise: 'x', investmentWan: '1' })).toEqual({
      ok: false,
      problem: { field: 'name', key: 'required' },
    });
    const v = { ...formValuesOf(project, null), landDemandMu: '18a' };
    expect(patchBody(formValuesOf(project, null), v)).toEqual({
      ok: false,
      problem: { field: 'landDemandMu', key: 'number' },
    });
  });

  it('an edit sends only what changed; key dates only the changed ones, a cleared one as null', () => {
    const initial = formValuesOf(project, null);
    expect(patchBody(initial, initial)).toEqual({ ok: true, body: {} });
    const v = {
      ...initial,
      stage: 'under_construction' as const,
      keyDates: { ...initial.keyDates, started: '2018-03-01', firstContact: '' },
      signedDocNo: '仲恺投协〔2017〕8号',
      floorDemandM2: '',
    };
    expect(patchBody(initial, v)).toEqual({
      ok: true,
      body: {
        stage: 'under_construction',
        signedDocNo: '仲恺投协〔2017〕8号',
        keyDates: { firstContact: null, started: '2018-03-01' },
      },
    });
  });
});
