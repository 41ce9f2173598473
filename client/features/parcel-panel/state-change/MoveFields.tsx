import { useTranslation } from 'react-i18next';
import type { LandState } from '../../../../domain/enums.ts';
import { labelOf } from '../../../../domain/format.ts';
import { useLang } from '../../language/use-lang.ts';
import type { TransitionChoice, TransitionFormValues } from './transition-form.ts';

interface Props {
  date: string;
  /** Earliest date allowed (the parcel's stateSince) and latest (today in Beijing), ISO. */
  min: string;
  max: string;
  choice: TransitionChoice;
  onChange: (patch: Partial<TransitionFormValues>) => void;
}

/** The date of the change and the new state (only the moves allowed on that date). */
export function MoveFields({ date, min, max, choice, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { options, target } = choice;
  return (
    <>
      <label className="field">
        <span>{t('stateChange.date')}</span>
        <input
          type="date"
          data-testid="state-change-date"
          value={date}
          min={min}
          max={max}
          required
          onChange={(e) => onChange({ date: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('stateChange.to')}</span>
        <select
          data-testid="state-change-to"
          value={target ?? ''}
          disabled={options.length === 0}
          onChange={(e) => onChange({ to: options.find((s): s is LandState => s === e.target.value) ?? '' })}
        >
          {options.map((s) => (
            <option key={s} value={s}>
              {labelOf('landState', s, lang)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
