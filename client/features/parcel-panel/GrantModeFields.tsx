import { useTranslation } from 'react-i18next';
import { AGREEMENT_BASES, type AgreementBasis, GRANT_MODES, type GrantMode } from '../../../domain/enums.ts';
import { labelOf } from '../../../domain/format.ts';
import type { GrantInput } from '../../../domain/grant.ts';
import { useLang } from '../language/use-lang.ts';

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

/** 出让方式, the 协议 legal basis, the term and 先租后让 for a grant (domain/grant.ts decides what is allowed). */
export function GrantModeFields({
  value,
  onChange,
}: {
  value: GrantFormValue;
  onChange: (v: GrantFormValue) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <label className="field">
        <span>{t('contract.grantMode')}</span>
        <select
          data-testid="state-change-grant-mode"
          value={value.mode}
          onChange={(e) => onChange({ ...value, mode: GRANT_MODES.find((m) => m === e.target.value) ?? '' })}
        >
          <option value="">—</option>
          {GRANT_MODES.map((m) => (
            <option key={m} value={m}>
              {labelOf('grantMode', m, lang)}
            </option>
          ))}
        </select>
      </label>
      {value.mode === 'agreement' ? (
        <label className="field">
          <span>{t('contract.grantBasis')}</span>
          <select
            data-testid="state-change-grant-basis"
            value={value.legalBasis}
            onChange={(e) =>
              onChange({ ...value, legalBasis: AGREEMENT_BASES.find((b) => b === e.target.value) ?? '' })
            }
          >
            <option value="">—</option>
            {AGREEMENT_BASES.map((b) => (
              <option key={b} value={b}>
                {labelOf('agreementBasis', b, lang)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="field">
        <span>{t('contract.grantTerm')}</span>
        <input
          type="number"
          min="1"
          max="70"
          step="1"
          data-testid="state-change-grant-term"
          value={value.termYears}
          onChange={(e) => onChange({ ...value, termYears: e.target.value })}
        />
      </label>
      <label className="field checkbox">
        <input
          type="checkbox"
          data-testid="state-change-grant-lease-first"
          checked={value.leaseFirst}
          onChange={(e) => onChange({ ...value, leaseFirst: e.target.checked })}
        />
        <span>{t('contract.grantLeaseFirst')}</span>
      </label>
    </>
  );
}
