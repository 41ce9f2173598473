import type { HTMLAttributes } from 'react';
import { EditError } from '../../project-form/EditError.tsx';
import { FormField } from '../../project-form/FormField.tsx';
import { useEditText } from '../../project-form/use-edit-text.ts';
import type { RecordPatch } from './use-record-edit.ts';

/** A labelled text, decimal or date input with its refusal underneath. */
export function InputField({
  label,
  field,
  error,
  value,
  onChange,
  type = 'text',
  inputMode,
  testId,
}: {
  label: string;
  field: string;
  error: string | null;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  testId?: string;
}) {
  return (
    <FormField label={label} error={error} field={field}>
      <input
        type={type}
        inputMode={inputMode}
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  );
}

/** A labelled select of enum keys (an optional blank choice first) with its refusal underneath. */
export function ChoiceField<K extends string>({
  label,
  field,
  error,
  value,
  keys,
  labelOf,
  onChange,
  blank,
  testId,
}: {
  label: string;
  field: string;
  error: string | null;
  value: K | '';
  keys: readonly K[];
  labelOf: (k: K) => string;
  onChange: (value: K) => void;
  /** The label of the blank choice; none without it. */
  blank?: string;
  testId: string;
}) {
  return (
    <FormField label={label} error={error} field={field}>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as K)}>
        {blank === undefined ? null : <option value="">{blank}</option>}
        {keys.map((k) => (
          <option key={k} value={k}>
            {labelOf(k)}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** Under a record form: the refusal (412 with reload), 未修改 / 已保存, and the save button. */
export function SaveFooter({
  patch,
  onReload,
  unchanged,
  testIdPrefix,
}: {
  patch: Omit<RecordPatch<never>, 'mutate'>;
  onReload: () => void;
  /** The change was empty: says 未修改 (the parcel form says so; the site form sends nothing, silently). */
  unchanged?: boolean;
  /** `parcel-edit`, `site-edit`: the saved line and the button get `-saved` and `-submit`. */
  testIdPrefix: string;
}) {
  const t = useEditText();
  return (
    <>
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
        <p className="form-ok" role="status" data-testid={`${testIdPrefix}-saved`}>
          {t('saved')}
        </p>
      ) : null}
      <button type="submit" className="btn" data-testid={`${testIdPrefix}-submit`} disabled={patch.isPending}>
        {patch.isPending ? t('saving') : t('save')}
      </button>
    </>
  );
}
