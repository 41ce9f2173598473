import { type FormEvent, useState } from 'react';
import {
  REDEVELOPMENT_IMPLEMENTERS,
  REDEVELOPMENT_MODES,
  REDEVELOPMENT_STAGES,
  REDEVELOPMENT_TYPES,
} from '../../../../domain/enums.ts';
import { labelOf } from '../../../../domain/format.ts';
import { usePatchRedevelopment, useRedevelopmentSite } from '../../../api/record-edits.ts';
import { EntityHistory } from '../../history/EntityHistory.tsx';
import { useLang } from '../../language/use-lang.ts';
import { EditError } from '../../project-form/EditError.tsx';
import { fieldMessage } from '../../project-form/edit-error.ts';
import { FormField } from '../../project-form/FormField.tsx';
import type { FormProblem } from '../../project-form/project-form.ts';
import { useEditText } from '../../project-form/use-edit-text.ts';
import { SITE_NUMBERS, type SiteFormValues, siteFormValues, sitePatchBody } from './site-edit-form.ts';

/** 编辑三旧改造项目 (editors of its platform): loads the site with its version, then the form. */
export function SiteEditForm({ siteId }: { siteId: string }) {
  const q = useRedevelopmentSite(siteId);
  if (!q.data) return null;
  const site = q.data.properties;
  return (
    <>
      <SiteForm key={site.id} site={site} onReload={() => void q.refetch()} />
      <EntityHistory
        entity="redevelopment"
        id={site.id}
        version={site.version}
        platformId={site.platformId}
      />
    </>
  );
}

type Site = NonNullable<ReturnType<typeof useRedevelopmentSite>['data']>['properties'];

function SiteForm({ site, onReload }: { site: Site; onReload: () => void }) {
  const t = useEditText();
  const lang = useLang();
  const [initial, setInitial] = useState(() => siteFormValues(site));
  const [v, setV] = useState(initial);
  // A new version (this form's save, an undo, a reload after 412): start again from the site as it is now.
  const [shownVersion, setShownVersion] = useState(site.version);
  if (shownVersion !== site.version) {
    const fresh = siteFormValues(site);
    setShownVersion(site.version);
    setInitial(fresh);
    setV(fresh);
  }
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const patch = usePatchRedevelopment();
  const change = (p: Partial<SiteFormValues>) => setV((x) => ({ ...x, ...p }));
  const errorOf = (f: string) =>
    problem?.field === f ? t(`problem_${problem.key}`) : fieldMessage(patch.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = sitePatchBody(initial, v);
    setProblem(r.ok ? null : r.problem);
    if (r.ok && Object.keys(r.body).length > 0) {
      patch.mutate({ id: site.id, version: site.version, json: r.body });
    }
  };
  const choice = <K extends 'type' | 'mode' | 'stage'>(
    f: K,
    keys: readonly SiteFormValues[K][],
    kind: 'redevelopmentType' | 'redevelopmentMode' | 'redevelopmentStage',
  ) => (
    <FormField label={t(`site.${f}`)} error={errorOf(f)} field={f}>
      <select data-testid={`site-edit-${f}`} value={v[f]} onChange={(e) => change({ [f]: e.target.value })}>
        {keys.map((k) => (
          <option key={k} value={k}>
            {labelOf(kind, k as never, lang)}
          </option>
        ))}
      </select>
    </FormField>
  );
  return (
    <details className="section edit-form site-edit" data-testid="site-edit">
      <summary data-testid="site-edit-open">{t('site.title')}</summary>
      <form onSubmit={submit}>
        <div className="edit-grid">
          <FormField label={t('site.name')} error={errorOf('name')} field="name">
            <input type="text" value={v.name} onChange={(e) => change({ name: e.target.value })} />
          </FormField>
          {choice('type', REDEVELOPMENT_TYPES, 'redevelopmentType')}
          {choice('mode', REDEVELOPMENT_MODES, 'redevelopmentMode')}
          <FormField label={t('site.implementer')} error={errorOf('implementer')} field="implementer">
            <select
              data-testid="site-edit-implementer"
              value={v.implementer}
              onChange={(e) => change({ implementer: e.target.value as SiteFormValues['implementer'] })}
            >
              <option value="">{t('site.noImplementer')}</option>
              {REDEVELOPMENT_IMPLEMENTERS.map((k) => (
                <option key={k} value={k}>
                  {t(`site.impl_${k}`)}
                </option>
              ))}
            </select>
          </FormField>
          {choice('stage', REDEVELOPMENT_STAGES, 'redevelopmentStage')}
          {SITE_NUMBERS.map((f) => (
            <FormField key={f} label={t(`site.${f}`)} error={errorOf(f)} field={f}>
              <input
                type="text"
                inputMode="decimal"
                data-testid={`site-edit-${f}`}
                value={v[f]}
                onChange={(e) => change({ [f]: e.target.value })}
              />
            </FormField>
          ))}
          <FormField
            label={t('site.expectedCompletion')}
            error={errorOf('expectedCompletion')}
            field="expectedCompletion"
          >
            <input
              type="date"
              value={v.expectedCompletion}
              onChange={(e) => change({ expectedCompletion: e.target.value })}
            />
          </FormField>
        </div>
        {patch.error ? (
          <EditError
            error={patch.error}
            onReload={() => {
              patch.reset();
              onReload();
            }}
          />
        ) : null}
        {patch.isSuccess ? (
          <p className="form-ok" role="status" data-testid="site-edit-saved">
            {t('saved')}
          </p>
        ) : null}
        <button type="submit" className="btn" data-testid="site-edit-submit" disabled={patch.isPending}>
          {patch.isPending ? t('saving') : t('save')}
        </button>
      </form>
    </details>
  );
}
