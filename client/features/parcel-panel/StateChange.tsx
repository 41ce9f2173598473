import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beijingDate } from '../../../domain/beijing-time.ts';
import { compareIso, isIsoDate } from '../../../domain/dates.ts';
import type { LandState } from '../../../domain/enums.ts';
import { formatDate, labelOf } from '../../../domain/format.ts';
import { isAcquired, nextStates } from '../../../domain/land-states.ts';
import { type ContractPatch, NOTE_MAX } from '../../../domain/land-transition.ts';
import { ApiError } from '../../api/client.ts';
import { useChangeParcelState } from '../../api/transitions.ts';
import { useRefDate } from '../dashboard/use-ref-date.ts';
import { useLang } from '../language/use-lang.ts';
import { EMPTY_GRANT, GrantModeFields, grantFromForm } from './GrantModeFields.tsx';
import type { ParcelDetail } from './use-parcel-detail.ts';
import './state-change.css';

const CONTRACT_FIELDS = ['signed', 'agreedDelivery', 'agreedStart', 'agreedCompletion'] as const;
type ContractField = (typeof CONTRACT_FIELDS)[number];

/** API error codes with a message of their own (i18n `stateChange.error_<code>`). */
const KNOWN_ERRORS = [
  'version_conflict',
  'transition_not_allowed',
  'date_before_state_since',
  'date_in_future',
  'contract_required',
  'contract_not_applicable',
  'not_found',
  'invalid_input',
] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];
const isKnownError = (code: string): code is KnownError => (KNOWN_ERRORS as readonly string[]).includes(code);

/**
 * 变更供地状态: records that the parcel moved on. Offers only the states the domain allows next (a reclaim only
 * when the parcel is reclaimable on the chosen date), the date (default the reference date) and a note; moving
 * to 已出让 or later asks for the land contract when it is needed. Who records the change is the signed-in
 * account (`recordedBy`, shown, not typed). The server re-checks everything; its refusal is shown here, in the UI
 * language, by its error code.
 */
export function StateChange({
  parcel,
  panelRef,
  onReload,
  recordedBy,
}: {
  parcel: ParcelDetail;
  /** Display name of the signed-in account the change will be recorded under. */
  recordedBy: string;
  /** The URL's reference date the panel shows (null = server default), so the answer lands in its cache. */
  panelRef: string | null;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { refDate } = useRefDate();
  const mutation = useChangeParcelState();
  const initialDate = (() => {
    const d = refDate ?? beijingDate(new Date());
    return compareIso(d, parcel.stateSince) < 0 ? parcel.stateSince : d;
  })();
  const [date, setDate] = useState(initialDate);
  const [to, setTo] = useState<LandState | ''>('');
  const [note, setNote] = useState('');
  const [contract, setContract] = useState<Record<ContractField, string>>(() => ({
    signed: parcel.contract.signed ?? '',
    agreedDelivery: parcel.contract.agreedDelivery ?? '',
    agreedStart: parcel.contract.agreedStart ?? '',
    agreedCompletion: parcel.contract.agreedCompletion ?? '',
  }));
  const [price, setPrice] = useState(parcel.landPriceWan == null ? '' : String(parcel.landPriceWan));
  const [grant, setGrant] = useState(EMPTY_GRANT);
  const errorRef = useRef<HTMLDivElement>(null);
  const error = mutation.error;
  // The submit button sits below a long form: bring the refusal into view so it is not missed.
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);

  const validDate = isIsoDate(date);
  // 收回 only after the reclaim decision of the idle-land procedure (the server re-checks it on `date`).
  const reclaimable = validDate && parcel.compliance.status === 'reclaimed';
  const options = nextStates(parcel.state, { reclaimable });
  const target = to !== '' && options.includes(to) ? to : (options[0] ?? null);
  // A grant records its contract; later stages ask for it only when none was recorded.
  const askContract =
    target != null && isAcquired(target) && (target === 'transferred' || parcel.contract.signed == null);

  // 投产 is the end of the chain: nothing to record.
  if (nextStates(parcel.state, { reclaimable: true }).length === 0) {
    return (
      <section className="section state-change" data-testid="state-change">
        <h3>{t('stateChange.title')}</h3>
        <p className="muted">{t('stateChange.none')}</p>
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (target == null) return;
    const patch: ContractPatch = {};
    for (const f of CONTRACT_FIELDS) if (askContract && isIsoDate(contract[f])) patch[f] = contract[f];
    const landPriceWan = askContract && price.trim() !== '' ? Number(price) : undefined;
    mutation.mutate(
      {
        parcelId: parcel.id,
        refDate: panelRef,
        body: {
          to: target,
          date,
          version: parcel.version,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(Object.keys(patch).length ? { contract: patch } : {}),
          ...(landPriceWan != null && Number.isFinite(landPriceWan) ? { landPriceWan } : {}),
          ...(target === 'transferred' && grantFromForm(grant) ? { grant: grantFromForm(grant) } : {}),
        },
      },
      {
        onSuccess: () => {
          setNote('');
          setTo('');
        },
      },
    );
  };

  const saved = mutation.isSuccess && mutation.data.id === parcel.id ? mutation.data : null;
  return (
    <details className="section state-change" data-testid="state-change">
      <summary data-testid="state-change-open">{t('stateChange.title')}</summary>
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('stateChange.date')}</span>
          <input
            type="date"
            data-testid="state-change-date"
            value={date}
            min={parcel.stateSince}
            max={beijingDate(new Date())}
            required
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('stateChange.to')}</span>
          <select
            data-testid="state-change-to"
            value={target ?? ''}
            disabled={options.length === 0}
            onChange={(e) => setTo(options.find((s) => s === e.target.value) ?? '')}
          >
            {options.map((s) => (
              <option key={s} value={s}>
                {labelOf('landState', s, lang)}
              </option>
            ))}
          </select>
        </label>
        {askContract ? (
          <fieldset className="contract-fields" data-testid="state-change-contract">
            <legend className="small">{t('stateChange.contract')}</legend>
            <p className="muted small">{t('stateChange.contractHint')}</p>
            {target === 'transferred' ? <GrantModeFields value={grant} onChange={setGrant} /> : null}
            {CONTRACT_FIELDS.map((f) => (
              <label className="field" key={f}>
                <span>{t(`stateChange.${f}`)}</span>
                <input
                  type="date"
                  data-testid={`state-change-${f}`}
                  value={contract[f]}
                  required={f === 'signed'}
                  onChange={(e) => setContract((c) => ({ ...c, [f]: e.target.value }))}
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
                onChange={(e) => setPrice(e.target.value)}
              />
            </label>
          </fieldset>
        ) : null}
        <label className="field">
          <span>{t('stateChange.note')}</span>
          <textarea
            data-testid="state-change-note"
            value={note}
            maxLength={NOTE_MAX}
            placeholder={t('stateChange.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <p className="muted small" data-testid="state-change-recorded-as">
          {t('auth.recordedAs', { name: recordedBy })}
        </p>
        {error ? (
          <div
            className="form-error"
            role="alert"
            data-testid="state-change-error"
            data-code={error instanceof ApiError ? error.code : undefined}
            ref={errorRef}
          >
            <p>
              {error instanceof ApiError && isKnownError(error.code)
                ? t(`stateChange.error_${error.code}`)
                : t('stateChange.failed', { message: error.message })}
            </p>
            {error instanceof ApiError && error.code === 'version_conflict' ? (
              <button
                type="button"
                className="btn"
                data-testid="state-change-reload"
                onClick={() => {
                  // Start again from the fresh parcel: the chosen state and note were meant for the old one.
                  mutation.reset();
                  setTo('');
                  setNote('');
                  onReload();
                }}
              >
                {t('stateChange.reload')}
              </button>
            ) : null}
          </div>
        ) : null}
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
          disabled={mutation.isPending || target == null || !validDate}
        >
          {mutation.isPending ? t('stateChange.saving') : t('stateChange.submit')}
        </button>
      </form>
    </details>
  );
}
