import { PROJECT_STAGES } from '../../../domain/enums.ts';
import { labelOf } from '../../../domain/format.ts';
import { useLang } from '../language/use-lang.ts';
import { FormField } from './FormField.tsx';
import { KEY_DATES, type ProjectFormValues } from './project-form.ts';
import { useEditText } from './use-edit-text.ts';

type Change = (patch: Partial<ProjectFormValues>) => void;

/**
 * Stage and its dated key dates (在谈 first contact … 投产), the 过会 / 签约 document numbers and, for 终止, the
 * day talks ended. Moving to a stage needs its date — the server checks and names the date field if missing.
 */
export function StageFields({
  v,
  change,
  errorOf,
  today,
}: {
  v: ProjectFormValues;
  change: Change;
  errorOf: (field: string) => string | null;
  today: string;
}) {
  const t = useEditText();
  const lang = useLang();
  return (
    <fieldset className="edit-fieldset">
      <legend>{t('project.stageTitle')}</legend>
      <div className="edit-grid">
        <FormField label={t('project.stage')} error={errorOf('stage')} field="stage">
          <select
            data-testid="pf-stage"
            value={v.stage}
            onChange={(e) => change({ stage: e.target.value as ProjectFormValues['stage'] })}
          >
            {PROJECT_STAGES.map((s) => (
              <option key={s} value={s}>
                {labelOf('projectStage', s, lang)}
              </option>
            ))}
          </select>
        </FormField>
        {KEY_DATES.map((k) => (
          <FormField
            key={k}
            label={t(`project.date_${k}`)}
            error={errorOf(`keyDates.${k}`)}
            field={`keyDates.${k}`}
          >
            <input
              type="date"
              max={today}
              data-testid={`pf-date-${k}`}
              value={v.keyDates[k]}
              onChange={(e) => change({ keyDates: { ...v.keyDates, [k]: e.target.value } })}
            />
          </FormField>
        ))}
        {(['approvedDocNo', 'signedDocNo'] as const).map((f) => (
          <FormField key={f} label={t(`project.${f}`)} error={errorOf(f)} field={f}>
            <input
              type="text"
              maxLength={80}
              data-testid={`pf-${f}`}
              value={v[f]}
              onChange={(e) => change({ [f]: e.target.value })}
            />
          </FormField>
        ))}
        {v.stage === 'terminated' || v.terminatedOn ? (
          <FormField label={t('project.terminatedOn')} error={errorOf('terminatedOn')} field="terminatedOn">
            <input
              type="date"
              max={today}
              data-testid="pf-terminatedOn"
              value={v.terminatedOn}
              onChange={(e) => change({ terminatedOn: e.target.value })}
            />
          </FormField>
        ) : null}
      </div>
    </fieldset>
  );
}
