import { useTranslation } from 'react-i18next';
import { GrantModeFields } from './GrantModeFields.tsx';
import { CONTRACT_FIELDS, type TransitionFormValues } from './transition-form.ts';

interface Props {
  contract: TransitionFormValues['contract'];
  price: string;
  /** The grant's mode etc., asked for only with a move to 已出让 (null otherwise). */
  grant: TransitionFormValues['grant'] | null;
  onChange: (patch: Partial<TransitionFormValues>) => void;
}

/**
 * The land contract asked for by a move to 已出让 or later: for a grant its mode (出让方式, term, 先租后让),
 * then the contract's dates (签订 required) and the land price.
 */
export function ContractFields({ contract, price, grant, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="contract-fields" data-testid="state-change-contract">
      <legend className="small">{t('stateChange.contract')}</legend>
      <p className="muted small">{t('stateChange.contractHint')}</p>
      {grant ? <GrantModeFields value={grant} onChange={(g) => onChange({ grant: g })} /> : null}
      {CONTRACT_FIELDS.map((f) => (
        <label className="field" key={f}>
          <span>{t(`stateChange.${f}`)}</span>
          <input
            type="date"
            data-testid={`state-change-${f}`}
            value={contract[f]}
            required={f === 'signed'}
            onChange={(e) => onChange({ contract: { ...contract, [f]: e.target.value } })}
          />
        </label>
      ))}
      <label className="field">
        <span>{t('stateChange.landPrice')}</span>
        <input
          type="number"
          min="0"
          step="any"
          data-testid="state-change-price"
          value={price}
          onChange={(e) => onChange({ price: e.target.value })}
        />
      </label>
    </fieldset>
  );
}
