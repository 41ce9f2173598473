import { describe, expect, it } from 'vitest';
import type { ContractClockInput } from '../../../../domain/contract-clock/index.ts';
import {
  type ComplianceRequest,
  checkComplianceStep,
} from '../../../../domain/contract-clock/procedure-request.ts';
import type { ComplianceStep } from '../../../../domain/contract-clock/records.ts';

/** Delivered on time 2016-12-01, agreed start 2017-03-01: suspected idle from 2018-03-01, reclaimable 2019-03-01. */
const parcel: ContractClockInput = {
  state: 'delivered',
  contract: {
    signed: '2016-10-01',
    agreedDelivery: '2016-12-01',
    agreedStart: '2017-03-01',
    agreedCompletion: '2018-09-01',
  },
  landPriceWan: 8000,
  deliveryActual: '2016-12-01',
  amendments: [],
  started: null,
  development: null,
  complianceSteps: [],
  penaltyPermillePerDay: null,
};
const req = (over: Partial<ComplianceRequest>): ComplianceRequest => ({
  step: 'investigated',
  date: '2018-03-05',
  version: 1,
  ...over,
});
const step = (s: ComplianceStep['step'], date: string, decisionNo: string | null = null): ComplianceStep => ({
  step: s,
  date,
  decisionNo,
  hearingDate: null,
  note: '',
});
const TODAY = '2019-12-31';

describe('checkComplianceStep (闲置土地处置办法 第九条, 第十四条, 第十五条, 第三十条)', () => {
  it('investigation only once the clock says 疑似闲置 (one year past the start, 第二条)', () => {
    expect(checkComplianceStep(parcel, req({ date: '2018-02-28' }), TODAY)).toMatchObject({
      ok: false,
      code: 'not_suspected',
    });
    expect(checkComplianceStep(parcel, req({ date: '2018-03-01' }), TODAY)).toMatchObject({
      ok: true,
      kind: 'step',
      step: { step: 'investigated', date: '2018-03-01', decisionNo: null },
    });
  });

  it('a government-delayed parcel (第八条) cannot be investigated as idle', () => {
    const delayed = { ...parcel, state: 'transferred' as const, deliveryActual: null };
    expect(checkComplianceStep(delayed, req({ date: '2018-06-01' }), TODAY)).toMatchObject({
      ok: false,
      code: 'government_delay',
      field: 'step',
    });
  });

  it('认定 after the investigation with its number; 征缴 after 认定; steps in order', () => {
    const investigated = { ...parcel, complianceSteps: [step('investigated', '2018-03-05')] };
    expect(
      checkComplianceStep(parcel, req({ step: 'confirmed_idle', decisionNo: '闲认〔2018〕1号' }), TODAY),
    ).toMatchObject({ code: 'step_out_of_order' });
    expect(
      checkComplianceStep(investigated, req({ step: 'confirmed_idle', date: '2018-04-01' }), TODAY),
    ).toMatchObject({ code: 'decision_no_required', field: 'decisionNo' });
    expect(
      checkComplianceStep(
        investigated,
        req({ step: 'confirmed_idle', date: '2018-03-04', decisionNo: 'n' }),
        TODAY,
      ),
    ).toMatchObject({ code: 'date_out_of_order', field: 'date' });
    expect(
      checkComplianceStep(
        investigated,
        req({ step: 'confirmed_idle', date: '2018-04-01', decisionNo: '闲认〔2018〕1号' }),
        TODAY,
      ).ok,
    ).toBe(true);
    expect(
      checkComplianceStep(
        investigated,
        req({ step: 'fee_levied', date: '2018-04-01', decisionNo: 'n' }),
        TODAY,
      ),
    ).toMatchObject({ code: 'step_out_of_order' });
  });

  it('收回 two years past the start (第十四条 第二项), after 认定, with a hearing notice (第十五条)', () => {
    const confirmed = {
      ...parcel,
      complianceSteps: [
        step('investigated', '2018-03-05'),
        step('confirmed_idle', '2018-04-01', '闲认〔2018〕1号'),
      ],
    };
    const reclaim = (over: Partial<ComplianceRequest>) =>
      req({ step: 'reclaimed', decisionNo: '闲收〔2019〕2号', hearingDate: '2019-02-15', ...over });
    expect(checkComplianceStep(confirmed, reclaim({ date: '2019-02-28' }), TODAY)).toMatchObject({
      code: 'not_reclaimable',
    });
    expect(
      checkComplianceStep(confirmed, reclaim({ date: '2019-03-01', hearingDate: undefined }), TODAY),
    ).toMatchObject({ code: 'hearing_required', field: 'hearingDate' });
    expect(checkComplianceStep(confirmed, reclaim({ date: '2019-03-01' }), TODAY)).toEqual({
      ok: true,
      kind: 'step',
      step: {
        step: 'reclaimed',
        date: '2019-03-01',
        decisionNo: '闲收〔2019〕2号',
        hearingDate: '2019-02-15',
        note: '',
      },
    });
  });

  it('第三十条 evidence recorded only after the construction permit, once, and with its condition', () => {
    const verify = (over: Partial<ComplianceRequest>) =>
      req({ step: 'start_verified', date: '2017-05-01', ...over });
    expect(checkComplianceStep(parcel, verify({ evidence: 'piles_done' }), TODAY)).toMatchObject({
      code: 'permit_required',
    });
    const building = { ...parcel, state: 'under_construction' as const };
    expect(checkComplianceStep(building, verify({}), TODAY)).toMatchObject({
      code: 'evidence_required',
      field: 'evidence',
    });
    expect(checkComplianceStep(building, verify({ evidence: 'excavation_done' }), TODAY)).toEqual({
      ok: true,
      kind: 'start',
      started: { date: '2017-05-01', evidence: 'excavation_done' },
    });
    const started = { ...building, started: { date: '2017-04-01', evidence: 'piles_done' as const } };
    expect(checkComplianceStep(started, verify({ evidence: 'piles_done' }), TODAY)).toMatchObject({
      code: 'already_started',
    });
  });
});
