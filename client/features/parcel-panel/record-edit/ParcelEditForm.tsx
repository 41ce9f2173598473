import { type FormEvent, useState } from 'react';
import { LAND_USES } from '../../../../domain/enums.ts';
import { labelOf } from '../../../../domain/format.ts';
import { usePatchParcel } from '../../../api/record-edits.ts';
import type { ParcelDetail } from '../../../api/types.ts';
import { useLang } from '../../language/use-lang.ts';
import { EditError } from '../../project-form/EditError.tsx';
import { fieldMessage } from '../../project-form/edit-error.ts';
import { FormField } from '../../project-form/FormField.tsx';
import type { FormProblem } from '../../project-form/project-form.ts';
import { useEditText } from '../../project-form/use-edit-text.ts';
import {
  CONDITION_FIELDS,
  type ParcelFormValues,
  parcelFormValues,
  parcelPatchBody,
} from './parcel-edit-form.ts';
import '../../project-form/project-form.css';

/**
 * 编辑地块属性 (editors of the parcel's platform): code, town, land use, plot ratio, expected ready date, notes,
 * 出让条件 and the readiness record. Sends only what changed, with `If-Match` of the version shown; the land state
 * changes through 变更供地状态, the geometry through split / merge. Refusals show at their field; a 412 says who
 * changed the parcel and reloads it.
 */
export function ParcelEditForm({ parcel, onReload }: { parcel: ParcelDetail; onReload: () => void }) {
  const t = useEditText();
  const lang = useLang();
  const [initial, setInitial] = useState(() => parcelFormValues(parcel));
  const [v, setV] = useState(initial);
  // A new version (this form's save, an undo, a reload after 412): start again from the record as it is now,
  // keeping the form (and its 已保存 line) mounted.
  const [shownVersion, setShownVersion] = useState(parcel.version);
  if (shownVersion !== parcel.version) {
    const fresh = parcelFormValues(parcel);
    setShownVersion(parcel.version);
    setInitial(fresh);
    setV(fresh);
  }
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const patch = usePatchParcel();
  const change = (p: Partial<ParcelFormValues>) => setV((x) => ({ ...x, ...p }));
  const errorOf = (f: string) =>
    problem?.field === f ? t(`problem_${problem.key}`) : fieldMessage(patch.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setUnchanged(false);
    const r = parcelPatchBody(initial, v);
    setProblem(r.ok ? null : r.problem);
    if (!r.ok) return;
    if (Object.keys(r.body).length === 0) return setUnchanged(true);
    patch.mutate({ id: parcel.id, version: parcel.version, json: r.body });
  };
  const input = (f: 'code' | 'town' | 'plotRatioMax' | 'expectedReadyDate', type = 'text') => (
    <FormField label={t(`parcel.${f}`)} error={errorOf(f)} field={f}>
      <input
        type={type}
        data-testid={`parcel-edit-${f}`}
        value={v[f]}
        onChange={(e) => change({ [f]: e.target.value })}
      />
    </FormField>
  );
  return (
    <details className="section edit-form parcel-edit" data-testid="parcel-edit">
      <summary data-testid="parcel-edit-open">{t('parcel.title')}</summary>
      <form onSubmit={submit}>
        <div className="edit-grid">
          {input('code')}
          {input('town')}
          <FormField label={t('parcel.landUse')} error={errorOf('landUse')} field="landUse">
            <select
              data-testid="parcel-edit-landUse"
              value={v.landUse}
              onChange={(e) => change({ landUse: e.target.value as ParcelFormValues['landUse'] })}
            >
              {LAND_USES.map((u) => (
                <option key={u} value={u}>
                  {labelOf('landUse', u, lang)}
                </option>
              ))}
            </select>
          </FormField>
          {input('plotRatioMax')}
          {input('expectedReadyDate', 'date')}
        </div>
        <fieldset className="edit-fieldset">
          <legend>{t('parcel.conditionsTitle')}</legend>
          <div className="edit-grid">
            {CONDITION_FIELDS.map((f) => (
              <FormField
                key={f}
                label={t(`parcel.cond.${f}`)}
                error={errorOf(`conditions.${f}`)}
                field={`conditions.${f}`}
              >
                <input
                  type="text"
                  inputMode="decimal"
                  data-testid={`parcel-edit-cond-${f}`}
                  value={v.conditions[f]}
                  onChange={(e) => change({ conditions: { ...v.conditions, [f]: e.target.value } })}
                />
              </FormField>
            ))}
          </div>
        </fieldset>
        <ReadinessFields v={v} change={change} errorOf={errorOf} />
        <FormField label={t('parcel.notes')} error={errorOf('notes')} field="notes">
          <textarea
            data-testid="parcel-edit-notes"
            value={v.notes}
            maxLength={2000}
            onChange={(e) => change({ notes: e.target.value })}
          />
        </FormField>
        {patch.error ? (
          <EditError
            error={patch.error}
            onReload={() => {
              patch.reset();
              onReload();
            }}
          />
        ) : null}
        {unchanged ? <p className="muted">{t('unchanged')}</p> : null}
        {patch.isSuccess ? (
          <p className="form-ok" role="status" data-testid="parcel-edit-saved">
            {t('saved')}
          </p>
        ) : null}
        <button type="submit" className="btn" data-testid="parcel-edit-submit" disabled={patch.isPending}>
          {patch.isPending ? t('saving') : t('save')}
        </button>
      </form>
    </details>
  );
}

/** The readiness record: conversion approval date, quota, demolition %, site levelled. */
function ReadinessFields({
  v,
  change,
  errorOf,
}: {
  v: ParcelFormValues;
  change: (p: Partial<ParcelFormValues>) => void;
  errorOf: (f: string) => string | null;
}) {
  const t = useEditText();
  const r = v.readiness;
  const set = (p: Partial<ParcelFormValues['readiness']>) => change({ readiness: { ...r, ...p } });
  return (
    <fieldset className="edit-fieldset">
      <legend>{t('parcel.readinessTitle')}</legend>
      <div className="edit-grid">
        <FormField
          label={t('parcel.conversionApproved')}
          error={errorOf('readiness.conversionApproved')}
          field="readiness.conversionApproved"
        >
          <input
            type="date"
            value={r.conversionApproved}
            onChange={(e) => set({ conversionApproved: e.target.value })}
          />
        </FormField>
        <FormField
          label={t('parcel.demolitionPct')}
          error={errorOf('readiness.demolitionPct')}
          field="readiness.demolitionPct"
        >
          <input
            type="text"
            inputMode="decimal"
            value={r.demolitionPct}
            onChange={(e) => set({ demolitionPct: e.target.value })}
          />
        </FormField>
        <label className="field">
          <span>{t('parcel.quotaAllocated')}</span>
          <input
            type="checkbox"
            checked={r.quotaAllocated}
            onChange={(e) => set({ quotaAllocated: e.target.checked })}
          />
        </label>
        <label className="field">
          <span>{t('parcel.siteLevelled')}</span>
          <input
            type="checkbox"
            checked={r.siteLevelled}
            onChange={(e) => set({ siteLevelled: e.target.checked })}
          />
        </label>
      </div>
    </fieldset>
  );
}
