import { useTranslation } from 'react-i18next';
import { AGREEMENT_BASES, GRANT_MODES } from '../../../../domain/enums.ts';
import { labelOf } from '../../../../domain/format.ts';
import { useLang } from '../../language/use-lang.ts';
import type { GrantFormValue } from './grant-form.ts';

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
