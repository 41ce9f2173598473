/** The grant part (出让方式) of a state change to 已出让 as the form holds it, and the request's `grant` built from it. */
import type { AgreementBasis, GrantMode } from '../../../../domain/enums.ts';
import type { GrantInput } from '../../../../domain/grant.ts';

/** The grant fields of a state change to 已出让, as the form holds them. */
export type GrantFormValue = {
  mode: GrantMode | '';
  legalBasis: AgreementBasis | '';
  termYears: string;
  leaseFirst: boolean;
};

/** An empty grant form: no mode chosen (the server defaults a listed parcel to 挂牌 and asks for it otherwise). */
export const EMPTY_GRANT: GrantFormValue = { mode: '', legalBasis: '', termYears: '', leaseFirst: false };

/** The request's `grant` from the form (undefined when no mode is chosen). The server applies the rules. */
export function grantFromForm(v: GrantFormValue): GrantInput | undefined {
  if (v.mode === '') return undefined;
  const term = Number(v.termYears);
  return {
    mode: v.mode,
    ...(v.mode === 'agreement' && v.legalBasis !== '' ? { legalBasis: v.legalBasis } : {}),
    ...(v.termYears.trim() !== '' && Number.isInteger(term) ? { termYears: term } : {}),
    ...(v.leaseFirst ? { leaseFirst: true } : {}),
  };
}
