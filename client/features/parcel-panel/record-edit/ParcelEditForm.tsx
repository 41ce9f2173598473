import { LAND_USES } from '../../../../domain/enums.ts';
import { labelOf } from '../../../../domain/format.ts';
import { usePatchParcel } from '../../../api/record-edits.ts';
import type { ParcelDetail } from '../../../api/types.ts';
import { useLang } from '../../language/use-lang.ts';
import { FormField } from '../../project-form/FormField.tsx';
import { useEditText } from '../../project-form/use-edit-text.ts';
import {
  CONDITION_FIELDS,
  type ParcelFormValues,
  parcelFormValues,
  parcelPatchBody,
} from './parcel-edit-form.ts';
import { ChoiceField, InputField, SaveFooter } from './RecordEditParts.tsx';
import { useRecordEdit } from './use-record-edit.ts';
import '../../project-form/project-form.css';

/** What the parcel form's field groups get: the values, a change of some of them, the refusal of a field. */
interface FieldsProps {
  v: ParcelFormValues;
  change: (p: Partial<ParcelFormValues>) => void;
  errorOf: (f: string) => string | null;
}

/**
 * 编辑地块属性 (editors of the parcel's platform): code, town, land use, plot ratio, expected ready date, notes,
 * 出让条件 and the readiness record. Sends only what changed, with `If-Match` of the version shown; the land state
 * changes through 变更供地状态, the geometry through split / merge. Refusals show at their field; a 412 says who
 * changed the parcel and reloads it.
 */
export function ParcelEditForm({ parcel, onReload }: { parcel: ParcelDetail; onReload: () => void }) {
  const t = useEditText();
  const patch = usePatchParcel();
  const { v, change, errorOf, submit, unchanged } = useRecordEdit(
    parcel,
    () => parcelFormValues(parcel),
    parcelPatchBody,
    patch,
  );
  const fields = { v, change, errorOf };
  return (
    <details className="section edit-form parcel-edit" data-testid="parcel-edit">
      <summary data-testid="parcel-edit-open">{t('parcel.title')}</summary>
      <form onSubmit={submit}>
        <MainFields {...fields} />
        <ConditionFields {...fields} />
        <ReadinessFields {...fields} />
        <FormField label={t('parcel.notes')} error={errorOf('notes')} field="notes">
          <textarea
            data-testid="parcel-edit-notes"
            value={v.notes}
            maxLength={2000}
            onChange={(e) => change({ notes: e.target.value })}
          />
        </FormField>
        <SaveFooter patch={patch} onReload={onReload} unchanged={unchanged} testIdPrefix="parcel-edit" />
      </form>
    </details>
  );
}

/** Code, town, land use, plot ratio and expected ready date. */
function MainFields({ v, change, errorOf }: FieldsProps) {
  const t = useEditText();
  const lang = useLang();
  const input = (
    f: 'code' | 'town' | 'plotRatioMax' | 'expectedReadyDate',
    type: 'text' | 'date' = 'text',
  ) => (
    <InputField
      label={t(`parcel.${f}`)}
      field={f}
      error={errorOf(f)}
      type={type}
      testId={`parcel-edit-${f}`}
      value={v[f]}
      onChange={(x) => change({ [f]: x })}
    />
  );
  return (
    <div className="edit-grid">
      {input('code')}
      {input('town')}
      <ChoiceField
        label={t('parcel.landUse')}
        field="landUse"
        error={errorOf('landUse')}
        testId="parcel-edit-landUse"
        value={v.landUse}
        keys={LAND_USES}
        labelOf={(u) => labelOf('landUse', u, lang)}
        onChange={(landUse) => change({ landUse })}
      />
      {input('plotRatioMax')}
      {input('expectedReadyDate', 'date')}
    </div>
  );
}

/** 出让条件: the planning conditions of the grant, as decimal text. */
function ConditionFields({ v, change, errorOf }: FieldsProps) {
  const t = useEditText();
  return (
    <fieldset className="edit-fieldset">
      <legend>{t('parcel.conditionsTitle')}</legend>
      <div className="edit-grid">
        {CONDITION_FIELDS.map((f) => (
          <InputField
            key={f}
            label={t(`parcel.cond.${f}`)}
            field={`conditions.${f}`}
            error={errorOf(`conditions.${f}`)}
            inputMode="decimal"
            testId={`parcel-edit-cond-${f}`}
            value={v.conditions[f]}
            onChange={(x) => change({ conditions: { ...v.conditions, [f]: x } })}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** The readiness record: conversion approval date, quota, demolition %, site levelled. */
function ReadinessFields({ v, change, errorOf }: FieldsProps) {
  const t = useEditText();
  const r = v.readiness;
  const set = (p: Partial<ParcelFormValues['readiness']>) => change({ readiness: { ...r, ...p } });
  const check = (f: 'quotaAllocated' | 'siteLevelled') => (
    <label className="field">
      <span>{t(`parcel.${f}`)}</span>
      <input type="checkbox" checked={r[f]} onChange={(e) => set({ [f]: e.target.checked })} />
    </label>
  );
  return (
    <fieldset className="edit-fieldset">
      <legend>{t('parcel.readinessTitle')}</legend>
      <div className="edit-grid">
        <InputField
          label={t('parcel.conversionApproved')}
          field="readiness.conversionApproved"
          error={errorOf('readiness.conversionApproved')}
          type="date"
          value={r.conversionApproved}
          onChange={(x) => set({ conversionApproved: x })}
        />
        <InputField
          label={t('parcel.demolitionPct')}
          field="readiness.demolitionPct"
          error={errorOf('readiness.demolitionPct')}
          inputMode="decimal"
          value={r.demolitionPct}
          onChange={(x) => set({ demolitionPct: x })}
        />
        {check('quotaAllocated')}
        {check('siteLevelled')}
      </div>
    </fieldset>
  );
}
