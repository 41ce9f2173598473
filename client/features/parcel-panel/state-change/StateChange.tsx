import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beijingDate } from '../../../../domain/beijing-time.ts';
import { isIsoDate } from '../../../../domain/dates.ts';
import { formatDate, labelOf } from '../../../../domain/format.ts';
import { useChangeParcelState } from '../../../api/transitions.ts';
import type { ParcelDetail } from '../../../api/types.ts';
import { useRefDate } from '../../dashboard/use-ref-date.ts';
import { useLang } from '../../language/use-lang.ts';
import { ContractFields } from './ContractFields.tsx';
import { MoveFields } from './MoveFields.tsx';
import { RecorderFields } from './RecorderFields.tsx';
import { StateChangeError } from './StateChangeError.tsx';
import {
  buildTransitionBody,
  initialFormValues,
  isEndOfChain,
  type TransitionFormValues,
  transitionChoice,
} from './transition-form.ts';
import './state-change.css';

interface Props {
  parcel: ParcelDetail;
  /** Display name of the signed-in account the change will be recorded under (WriteGate). */
  recordedBy: string;
  /** The URL's reference date the panel shows (null = server default), so the answer lands in its cache. */
  panelRef: string | null;
  onReload: () => void;
}

/**
 * 变更供地状态: records that the parcel moved on — the date (default the reference date, at most today in
 * Beijing), the new state, the contract (and for a grant its mode) when the move needs it, and a note; who
 * records it is the signed-in account (`recordedBy`, shown, not typed). The rules live in transition-form.ts;
 * the server re-checks everything and its refusal is shown by StateChangeError.
 */
export function StateChange({ parcel, recordedBy, panelRef, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { refDate } = useRefDate();
  const mutation = useChangeParcelState();
  const today = beijingDate(new Date());
  const [values, setValues] = useState(() => initialFormValues(parcel, refDate, today));
  const change = (patch: Partial<TransitionFormValues>) => setValues((v) => ({ ...v, ...patch }));

  if (isEndOfChain(parcel)) {
    return (
      <section className="section state-change" data-testid="state-change">
        <h3>{t('stateChange.title')}</h3>
        <p className="muted">{t('stateChange.none')}</p>
      </section>
    );
  }

  const choice = transitionChoice(parcel, values.date, values.to);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = buildTransitionBody(parcel, values);
    if (body == null) return;
    const onSuccess = () => change({ note: '', to: '' });
    mutation.mutate({ parcelId: parcel.id, refDate: panelRef, body }, { onSuccess });
  };
  // Start again from the fresh parcel: the chosen state and note were meant for the old one.
  const reload = () => {
    mutation.reset();
    change({ note: '', to: '' });
    onReload();
  };
  const saved = mutation.isSuccess && mutation.data.id === parcel.id ? mutation.data : null;
  return (
    <details className="section state-change" data-testid="state-change">
      <summary data-testid="state-change-open">{t('stateChange.title')}</summary>
      <form onSubmit={submit}>
        <MoveFields
          date={values.date}
          min={parcel.stateSince}
          max={today}
          choice={choice}
          onChange={change}
        />
        {choice.askContract ? (
          <ContractFields
            contract={values.contract}
            price={values.price}
            grant={choice.target === 'transferred' ? values.grant : null}
            onChange={change}
          />
        ) : null}
        <RecorderFields note={values.note} recordedBy={recordedBy} onChange={change} />
        {mutation.error ? <StateChangeError error={mutation.error} onReload={reload} /> : null}
        {saved ? (
          <p className="form-ok" role="status" data-testid="state-change-saved">
            {t('stateChange.saved', {
              state: labelOf('landState', saved.state, lang),
              date: formatDate(saved.stateSince, lang),
            })}
          </p>
        ) : null}
        <button
          type="submit"
          className="btn"
          data-testid="state-change-submit"
          disabled={mutation.isPending || choice.target == null || !isIsoDate(values.date)}
        >
          {mutation.isPending ? t('stateChange.saving') : t('stateChange.submit')}
        </button>
      </form>
    </details>
  );
}
