import { useTranslation } from 'react-i18next';
import { NOTE_MAX } from '../../../../domain/limits.ts';
import type { TransitionFormValues } from './transition-form.ts';

interface Props {
  note: string;
  /** Display name of the signed-in account the change is recorded under (shown, not typed). */
  recordedBy: string;
  onChange: (patch: Partial<TransitionFormValues>) => void;
}

/** The event's note, and who records it: the signed-in account. */
export function RecorderFields({ note, recordedBy, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        <span>{t('stateChange.note')}</span>
        <textarea
          data-testid="state-change-note"
          value={note}
          maxLength={NOTE_MAX}
          placeholder={t('stateChange.notePlaceholder')}
          onChange={(e) => onChange({ note: e.target.value })}
        />
      </label>
      <p className="muted small" data-testid="state-change-recorded-as">
        {t('auth.recordedAs', { name: recordedBy })}
      </p>
    </>
  );
}
