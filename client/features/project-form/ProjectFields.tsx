import { INDUSTRIES, ORIGINS } from '../../../domain/enums.ts';
import { labelOf } from '../../../domain/format.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { useLang } from '../language/use-lang.ts';
import { FormField } from './FormField.tsx';
import { NUMBER_FIELDS, type ProjectFormValues } from './project-form.ts';
import { useEditText } from './use-edit-text.ts';

type Change = (patch: Partial<ProjectFormValues>) => void;

/** Who and what: name, enterprise, industry, origin, money (万元), land (亩), floor space (㎡), platform, 增资. */
export function ProjectFields({
  v,
  change,
  errorOf,
}: {
  v: ProjectFormValues;
  change: Change;
  errorOf: (field: string) => string | null;
}) {
  const t = useEditText();
  const lang = useLang();
  const platforms = usePlatforms();
  const text = (f: 'name' | 'enterprise' | 'expansionOf', hint?: string) => (
    <FormField label={t(`project.${f}`)} error={errorOf(f)} field={f} hint={hint}>
      <input
        type="text"
        data-testid={`pf-${f}`}
        value={v[f]}
        maxLength={100}
        onChange={(e) => change({ [f]: e.target.value })}
      />
    </FormField>
  );
  return (
    <div className="edit-grid">
      {text('name')}
      {text('enterprise')}
      <FormField label={t('project.industry')} error={errorOf('industry')} field="industry">
        <select
          data-testid="pf-industry"
          value={v.industry}
          onChange={(e) => change({ industry: e.target.value as ProjectFormValues['industry'] })}
        >
          {INDUSTRIES.map((i) => (
            <option key={i} value={i}>
              {labelOf('industry', i, lang)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('project.origin')} error={errorOf('origin')} field="origin">
        <select
          data-testid="pf-origin"
          value={v.origin}
          onChange={(e) => change({ origin: e.target.value as ProjectFormValues['origin'] })}
        >
          {ORIGINS.map((o) => (
            <option key={o} value={o}>
              {labelOf('origin', o, lang)}
            </option>
          ))}
        </select>
      </FormField>
      {NUMBER_FIELDS.map((f) => (
        <FormField key={f} label={t(`project.${f}`)} error={errorOf(f)} field={f}>
          <input
            type="text"
            inputMode="decimal"
            data-testid={`pf-${f}`}
            value={v[f]}
            onChange={(e) => change({ [f]: e.target.value })}
          />
        </FormField>
      ))}
      <FormField
        label={t('project.targetPlatformId')}
        error={errorOf('targetPlatformId')}
        field="targetPlatformId"
      >
        <select
          data-testid="pf-targetPlatformId"
          value={v.targetPlatformId}
          onChange={(e) => change({ targetPlatformId: e.target.value })}
        >
          <option value="">{t('project.noPlatform')}</option>
          {(platforms.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {lang === 'en' ? p.nameEn : p.nameZh}
            </option>
          ))}
        </select>
      </FormField>
      {text('expansionOf', t('project.expansionHint'))}
    </div>
  );
}
