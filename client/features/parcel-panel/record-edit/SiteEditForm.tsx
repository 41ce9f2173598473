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
import { useEditText } from '../../project-form/use-edit-text.ts';
import { ChoiceField, InputField, SaveFooter } from './RecordEditParts.tsx';
import {
  SITE_NUMBERS,
  type SiteFormValues,
  type SiteNumber,
  siteFormValues,
  sitePatchBody,
} from './site-edit-form.ts';
import { useRecordEdit } from './use-record-edit.ts';

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

/** The site's attributes; sends only what changed, with `If-Match` of the version shown. */
function SiteForm({ site, onReload }: { site: Site; onReload: () => void }) {
  const t = useEditText();
  const lang = useLang();
  const patch = usePatchRedevelopment();
  const { v, change, errorOf, submit } = useRecordEdit(
    site,
    () => siteFormValues(site),
    sitePatchBody,
    patch,
  );
  const choice = <K extends 'type' | 'mode' | 'stage'>(
    f: K,
    keys: readonly SiteFormValues[K][],
    kind: 'redevelopmentType' | 'redevelopmentMode' | 'redevelopmentStage',
  ) => (
    <ChoiceField
      label={t(`site.${f}`)}
      field={f}
      error={errorOf(f)}
      testId={`site-edit-${f}`}
      value={v[f]}
      keys={keys}
      labelOf={(k) => labelOf(kind, k as never, lang)}
      onChange={(x) => change({ [f]: x })}
    />
  );
  const input = (f: 'name' | 'expectedCompletion' | SiteNumber) => (
    <InputField
      key={f}
      label={t(`site.${f}`)}
      field={f}
      error={errorOf(f)}
      type={f === 'expectedCompletion' ? 'date' : 'text'}
      inputMode={f === 'name' || f === 'expectedCompletion' ? undefined : 'decimal'}
      testId={f === 'name' || f === 'expectedCompletion' ? undefined : `site-edit-${f}`}
      value={v[f]}
      onChange={(x) => change({ [f]: x })}
    />
  );
  return (
    <details className="section edit-form site-edit" data-testid="site-edit">
      <summary data-testid="site-edit-open">{t('site.title')}</summary>
      <form onSubmit={submit}>
        <div className="edit-grid">
          {input('name')}
          {choice('type', REDEVELOPMENT_TYPES, 'redevelopmentType')}
          {choice('mode', REDEVELOPMENT_MODES, 'redevelopmentMode')}
          <ChoiceField
            label={t('site.implementer')}
            field="implementer"
            error={errorOf('implementer')}
            testId="site-edit-implementer"
            value={v.implementer}
            keys={REDEVELOPMENT_IMPLEMENTERS}
            labelOf={(k) => t(`site.impl_${k}`)}
            blank={t('site.noImplementer')}
            onChange={(implementer) => change({ implementer })}
          />
          {choice('stage', REDEVELOPMENT_STAGES, 'redevelopmentStage')}
          {SITE_NUMBERS.map(input)}
          {input('expectedCompletion')}
        </div>
        <SaveFooter patch={patch} onReload={onReload} testIdPrefix="site-edit" />
      </form>
    </details>
  );
}
