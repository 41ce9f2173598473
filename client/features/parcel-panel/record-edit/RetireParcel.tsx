import { type FormEvent, useState } from 'react';
import { beijingDate } from '../../../../domain/beijing-time.ts';
import { ApiError } from '../../../api/client.ts';
import { useRetireParcel } from '../../../api/record-edits.ts';
import type { ParcelDetail } from '../../../api/types.ts';
import { useRefDate } from '../../dashboard/use-ref-date.ts';
import { defaultEditDate } from '../../geometry-edit/edit-choices.ts';
import { EditError } from '../../project-form/EditError.tsx';
import { FormField } from '../../project-form/FormField.tsx';
import { useEditText } from '../../project-form/use-edit-text.ts';

/** The refusal of a field of the form (`reason`, `date`), else null. */
const fieldError = (e: unknown, field: string) =>
  e instanceof ApiError && e.field === field ? e.message : null;

/**
 * 退出台账 (editors of the parcel's platform): a reason and the day, then POST …/retire with `If-Match` of the
 * version shown. The server decides which parcels may leave the ledger (not 挂牌 or supplied land, none holding
 * projects or a 三旧 site) and says why it refuses; a 412 says who changed the parcel and reloads it.
 */
export function RetireParcel({ parcel, onReload }: { parcel: ParcelDetail; onReload: () => void }) {
  const t = useEditText();
  const retire = useRetireParcel();
  const [reason, setReason] = useState('');
  const { refDate } = useRefDate();
  // As for a split: the reference date the app shows (the data's as-of day), else today; never after today nor
  // before the parcel's last recorded event.
  const lastEvent =
    parcel.events
      .map((e) => e.date)
      .sort()
      .at(-1) ?? null;
  const [date, setDate] = useState(() => defaultEditDate(refDate, beijingDate(new Date()), lastEvent));
  const e = retire.error;
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    retire.mutate({ id: parcel.id, version: parcel.version, reason: reason.trim(), date });
  };
  const other = e && !fieldError(e, 'reason') && !fieldError(e, 'date');
  return (
    <details className="section edit-form" data-testid="parcel-retire">
      <summary data-testid="parcel-retire-open">{t('parcel.retire.open')}</summary>
      <form onSubmit={submit}>
        <p className="muted small">{t('parcel.retire.hint')}</p>
        <FormField label={t('parcel.retire.reason')} error={fieldError(e, 'reason')} field="reason">
          <textarea
            data-testid="parcel-retire-reason"
            value={reason}
            maxLength={200}
            required
            onChange={(x) => setReason(x.target.value)}
          />
        </FormField>
        <FormField label={t('parcel.retire.date')} error={fieldError(e, 'date')} field="date">
          <input
            type="date"
            data-testid="parcel-retire-date"
            value={date}
            required
            onChange={(x) => setDate(x.target.value)}
          />
        </FormField>
        {other && e instanceof ApiError && e.status === 412 ? (
          <EditError error={e} onReload={onReload} />
        ) : null}
        {other && !(e instanceof ApiError && e.status === 412) ? (
          <p className="form-error" role="alert" data-testid="parcel-retire-error">
            {e.message}
          </p>
        ) : null}
        <div className="form-actions">
          <button
            type="submit"
            className="btn"
            data-testid="parcel-retire-confirm"
            disabled={!reason.trim() || retire.isPending}
          >
            {t('parcel.retire.confirm')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** The notice on a parcel no longer in the ledger: the day and why (the editor's words, or split / merge). */
export function RetiredNotice({ parcel }: { parcel: ParcelDetail }) {
  const t = useEditText();
  if (!parcel.retiredOn) return null;
  const r = parcel.retiredReason;
  const why = parcel.retiredNote ?? (r && r !== 'retired' ? t(`parcel.retire.${r}`) : '');
  return (
    <p className="retired-notice" role="status" data-testid="parcel-retired">
      {t('parcel.retire.banner', { date: parcel.retiredOn, why })}
    </p>
  );
}
