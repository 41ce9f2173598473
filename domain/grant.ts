/**
 * Grants (出让 / 划拨): the mode, its legal basis, the term, and the rules a grant must satisfy.
 *
 * - Operating land — industrial (with 仓储 and M0) and commercial — is granted by 招标 / 拍卖 / 挂牌
 *   (国土资源部令第39号 (2007) 第四条; 国发〔2006〕31号 "工业用地必须采用招标拍卖挂牌方式出让").
 * - 协议出让 only with a legal basis from a closed list (`AGREEMENT_BASES`: 三旧 自行改造 by the original holder
 *   under 粤府〔2009〕78号 and successors, 划拨 converted to 出让, renewal), and never for land that went
 *   through the reserve: reserve / ready / listed land is public supply and goes to 招拍挂. In the state machine
 *   such a grant moves a parcel straight from 规划 (land still held by its user, planned for redevelopment) to
 *   已出让.
 * - 划拨 (allocation) only for land that is not operating land (here 0802 科研; 土地管理法 第五十四条 and the
 *   划拨用地目录, 国土资源部令第9号).
 * - Term: at most the legal maximum of the use (城镇国有土地使用权出让和转让暂行条例, 国务院令第55号 第十二条:
 *   工业 50 years, 商业 40, 科研 50); a shorter term is 弹性年期, and 先租后让 (lease first, transfer once the
 *   contract's conditions are met) applies to industrial land only (国土资规〔2015〕5号; Guangdong practice) —
 *   both are settings of the grant, not checked beyond these bounds.
 * - Public modes: 挂牌 needs the parcel to have been listed (state 挂牌); 招标 / 拍卖 may close from 净地可供 or
 *   挂牌 (their announcement is not modelled as a state).
 */
import { z } from 'zod';
import {
  AGREEMENT_BASES,
  GRANT_MODE_ZH,
  GRANT_MODES,
  type GrantMode,
  LAND_STATE_ZH,
  type LandState,
  type LandUse,
} from './enums.ts';
import { LAND_STATE_EN } from './labels-en.ts';
import { isIndustrialLandUse, isOperatingLandUse, landUseFamily } from './land-use.ts';

/** A grant as recorded and sent on the wire: mode, legal basis (协议 only), term in years, 先租后让. */
export const Grant = z.object({
  mode: z.enum(GRANT_MODES),
  legalBasis: z.enum(AGREEMENT_BASES).nullable(),
  /** 出让年期, years; null for 划拨 (no term). */
  termYears: z.number().int().min(1).max(70).nullable(),
  /** 先租后让: leased first, transferred once the contract's conditions are met. */
  leaseFirst: z.boolean(),
});
export type Grant = z.infer<typeof Grant>;

/** A grant as a request gives it: everything but the mode optional (defaults by `completeGrant`). */
export const GrantInput = z.object({
  mode: z.enum(GRANT_MODES),
  legalBasis: z.enum(AGREEMENT_BASES).optional(),
  termYears: z.number().int().min(1).max(70).optional(),
  leaseFirst: z.boolean().optional(),
});
export type GrantInput = z.infer<typeof GrantInput>;

/** Modes that are public competition (招拍挂). */
export const PUBLIC_MODES: readonly GrantMode[] = ['tender', 'auction', 'listing'];

/** Longest grant term by land use, years (国务院令第55号 第十二条). */
export function maxTermYears(lu: LandUse): number {
  return landUseFamily(lu) === '0901' ? 40 : 50;
}

/** Reasons a grant is refused (HTTP 422 codes). */
export type GrantRefusal =
  | 'grant_required'
  | 'agreement_not_allowed'
  | 'legal_basis_required'
  | 'legal_basis_not_applicable'
  | 'allocation_not_allowed'
  | 'listing_not_listed'
  | 'public_mode_from_planned'
  | 'term_too_long'
  | 'lease_first_not_applicable';

/** Outcome of `checkGrant`: the complete grant, or a refusal naming the field and the rule (zh / en). */
export type GrantCheck =
  | { ok: true; grant: Grant }
  | { ok: false; code: GrantRefusal; field: string; reason: string };

const refuse = (code: GrantRefusal, field: string, reason: string): GrantCheck => ({
  ok: false,
  code,
  field,
  reason,
});
const st = (s: LandState) => `「${LAND_STATE_ZH[s]}」 ("${LAND_STATE_EN[s]}")`;

/** The mode a grant defaults to when the request gives none: 挂牌 for a listed parcel, else none. */
export function defaultGrantMode(from: LandState): GrantMode | null {
  return from === 'listed' ? 'listing' : null;
}

/** Mode rules: which modes may close a grant from state `from` on land of use `lu`. */
function checkMode(g: GrantInput, from: LandState, lu: LandUse): GrantCheck | null {
  if (g.mode === 'agreement') {
    if (from !== 'planned') {
      return refuse(
        'agreement_not_allowed',
        'grant.mode',
        `协议出让不适用于${st(from)}土地：储备、净地和挂牌土地属公开供应，经营性用地须招标拍卖挂牌出让` +
          `（国土资源部令第39号 第四条；国发〔2006〕31号）。 Land that went through the reserve must be ` +
          'granted by tender, auction or listing; a grant by agreement is only for land still held by its user.',
      );
    }
    if (g.legalBasis == null) {
      return refuse(
        'legal_basis_required',
        'grant.legalBasis',
        '协议出让须注明法定依据（三旧自行改造、划拨补办出让或期满续期）。 A grant by agreement needs its legal basis.',
      );
    }
    return null;
  }
  if (g.legalBasis != null) {
    return refuse(
      'legal_basis_not_applicable',
      'grant.legalBasis',
      `法定依据仅用于协议出让，不适用于${GRANT_MODE_ZH[g.mode]}。 A legal basis applies only to a grant by agreement.`,
    );
  }
  if (g.mode === 'allocation' && isOperatingLandUse(lu)) {
    return refuse(
      'allocation_not_allowed',
      'grant.mode',
      `经营性用地（${lu}）不得划拨，须有偿出让（土地管理法 第五十四条；国土资源部令第39号 第四条）。 ` +
        'Operating land (industrial, logistics, commercial) cannot be allocated.',
    );
  }
  if (from === 'planned') {
    return refuse(
      'public_mode_from_planned',
      'grant.mode',
      `${GRANT_MODE_ZH[g.mode]}须先收储、达到净地条件（${st('planned')}不能直接出让）。 ` +
        'A public grant needs the land to be reserved and serviced first.',
    );
  }
  if (g.mode === 'listing' && from !== 'listed') {
    return refuse(
      'listing_not_listed',
      'grant.mode',
      `挂牌出让须先经「挂牌」状态（挂牌期不少于10个工作日，国土资源部令第39号 第十九条）。 ` +
        'A grant by listing needs the parcel to have been listed.',
    );
  }
  return null;
}

/**
 * Checks a grant of land of use `lu` closing from state `from` (the parcel's state before 已出让); on success
 * the complete grant (term defaults to the legal maximum, 划拨 has none; 先租后让 defaults to false).
 */
export function checkGrant(input: GrantInput | undefined, from: LandState, lu: LandUse): GrantCheck {
  const mode = input?.mode ?? defaultGrantMode(from);
  if (mode == null) {
    return refuse(
      'grant_required',
      'grant.mode',
      `从${st(from)}出让须注明出让方式（招标、拍卖或协议）。 A grant from this state needs its mode.`,
    );
  }
  const g: GrantInput = { ...input, mode };
  const modeRefusal = checkMode(g, from, lu);
  if (modeRefusal) return modeRefusal;
  const max = maxTermYears(lu);
  if (g.termYears != null && g.termYears > max) {
    return refuse(
      'term_too_long',
      'grant.termYears',
      `出让年期 ${g.termYears} 年超过该用途的最高年限 ${max} 年（国务院令第55号 第十二条）。 ` +
        `The term exceeds the legal maximum of ${max} years for this use.`,
    );
  }
  if (g.leaseFirst && !isIndustrialLandUse(lu)) {
    return refuse(
      'lease_first_not_applicable',
      'grant.leaseFirst',
      '先租后让仅适用于工业用地。 Lease-first applies to industrial land only.',
    );
  }
  return {
    ok: true,
    grant: {
      mode,
      legalBasis: g.legalBasis ?? null,
      termYears: mode === 'allocation' ? null : (g.termYears ?? max),
      leaseFirst: g.leaseFirst ?? false,
    },
  };
}

/** Whether a grant's term is 弹性年期 (shorter than the legal maximum of the use). */
export function isFlexibleTerm(grant: Grant, lu: LandUse): boolean {
  return grant.termYears != null && grant.termYears < maxTermYears(lu);
}
