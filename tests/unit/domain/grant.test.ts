import { describe, expect, it } from 'vitest';
import { checkGrant, isFlexibleTerm, maxTermYears } from '../../../domain/grant.ts';

describe('checkGrant', () => {
  it('协议 refused from 储备 / 净地 / 挂牌 land (国土资源部令第39号 第四条; 国发〔2006〕31号)', () => {
    for (const from of ['reserve', 'ready', 'listed'] as const) {
      expect(checkGrant({ mode: 'agreement', legalBasis: 'term_renewal' }, from, '100101')).toMatchObject({
        ok: false,
        code: 'agreement_not_allowed',
        field: 'grant.mode',
      });
    }
  });

  it('协议 of held land needs a basis from the closed list: 三旧 自行改造 (粤府〔2009〕78号) accepted', () => {
    expect(checkGrant({ mode: 'agreement' }, 'planned', 'M0')).toMatchObject({
      ok: false,
      code: 'legal_basis_required',
    });
    expect(
      checkGrant({ mode: 'agreement', legalBasis: 'sanjiu_self_redevelopment' }, 'planned', 'M0'),
    ).toEqual({
      ok: true,
      grant: { mode: 'agreement', legalBasis: 'sanjiu_self_redevelopment', termYears: 50, leaseFirst: false },
    });
    expect(checkGrant({ mode: 'listing', legalBasis: 'term_renewal' }, 'listed', '1001')).toMatchObject({
      ok: false,
      code: 'legal_basis_not_applicable',
    });
  });

  it('划拨 refused for operating land (土地管理法 第五十四条), allowed for 0802 科研 without a term', () => {
    for (const lu of ['100101', 'M0', '110101', '0901'] as const)
      expect(checkGrant({ mode: 'allocation' }, 'ready', lu)).toMatchObject({
        ok: false,
        code: 'allocation_not_allowed',
      });
    expect(checkGrant({ mode: 'allocation' }, 'ready', '0802')).toEqual({
      ok: true,
      grant: { mode: 'allocation', legalBasis: null, termYears: null, leaseFirst: false },
    });
  });

  it('public modes: 挂牌 only after a listing; none straight from 规划; a listed parcel defaults to 挂牌', () => {
    expect(checkGrant({ mode: 'listing' }, 'ready', '1001')).toMatchObject({
      ok: false,
      code: 'listing_not_listed',
    });
    expect(checkGrant({ mode: 'auction' }, 'planned', '1001')).toMatchObject({
      ok: false,
      code: 'public_mode_from_planned',
    });
    expect(checkGrant({ mode: 'tender' }, 'ready', '1001')).toMatchObject({
      ok: true,
      grant: { mode: 'tender', termYears: 50 },
    });
    expect(checkGrant(undefined, 'listed', '1001')).toMatchObject({ ok: true, grant: { mode: 'listing' } });
    expect(checkGrant(undefined, 'ready', '1001')).toMatchObject({ ok: false, code: 'grant_required' });
  });

  it('term ≤ 50 years industrial, 40 commercial (国务院令第55号 第十二条); shorter is 弹性年期; 先租后让 industrial only', () => {
    expect([maxTermYears('M0'), maxTermYears('100102'), maxTermYears('0901'), maxTermYears('0802')]).toEqual([
      50, 50, 40, 50,
    ]);
    expect(checkGrant({ mode: 'listing', termYears: 51 }, 'listed', 'M0')).toMatchObject({
      ok: false,
      code: 'term_too_long',
      field: 'grant.termYears',
    });
    expect(checkGrant({ mode: 'listing', termYears: 41 }, 'listed', '0901')).toMatchObject({
      ok: false,
      code: 'term_too_long',
    });
    const flex = checkGrant({ mode: 'listing', termYears: 20, leaseFirst: true }, 'listed', '100101');
    expect(flex).toEqual({
      ok: true,
      grant: { mode: 'listing', legalBasis: null, termYears: 20, leaseFirst: true },
    });
    if (flex.ok) expect(isFlexibleTerm(flex.grant, '100101')).toBe(true);
    expect(checkGrant({ mode: 'listing', leaseFirst: true }, 'listed', '0901')).toMatchObject({
      ok: false,
      code: 'lease_first_not_applicable',
    });
  });
});
