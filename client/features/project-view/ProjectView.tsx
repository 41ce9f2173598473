import './i18n.ts';
import '../land-balance/i18n.ts';
import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatIntensity,
  formatM2,
  formatMoneyWan,
  formatMu,
  labelOf,
} from '../../../domain/format.ts';
import { isPipeline } from '../../../domain/project-stages.ts';
import { useProject, useProjects } from '../../api/hooks.ts';
import { DetailsState } from '../details/DetailsState.tsx';
import { Fact } from '../details/Fact.tsx';
import { openPlatform, openProject } from '../details/navigate.ts';
import { EntityHistory } from '../history/EntityHistory.tsx';
import { ProjectDetail } from '../land-balance/ProjectDetail.tsx';
import { useLang } from '../language/use-lang.ts';
import { usePlatformNames } from '../language/use-platform-names.ts';
import { ProjectEditButton } from '../project-form/ProjectEditButtons.tsx';
import { ProjectLinks } from '../project-form/ProjectLinks.tsx';
import { useCanEdit } from '../project-form/use-can-edit.ts';
import '../project-form/project-form.css';

/**
 * One project: enterprise, industry, origin, investment, demand, stage, target platform (link) and its parcels
 * (outlined on the map by ProjectMapLayers); a pipeline project without land shows its candidate sites from
 * the land balance; the enterprise's other projects are listed.
 */
export function ProjectView({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useProject(id);
  const canEdit = useCanEdit(q.data?.targetPlatformId ?? '');
  if (!q.data) return <DetailsState query={q} notFound={t('parcel.notFound')} />;
  const p = q.data;
  const pipeline = p.parcels.length === 0 && isPipeline(p.stage, false);
  return (
    <div className="details-body" data-testid="project-view" data-project-id={p.id}>
      <h2 className="details-title">
        <span className="muted small">{t('projectView.kicker')}</span> {p.name}
      </h2>
      <ProjectEditButton id={p.id} platformId={p.targetPlatformId} />
      <dl className="facts">
        <Fact label={t('parcel.enterprise')}>{p.enterprise}</Fact>
        <Fact label={t('parcel.industry')}>{labelOf('industry', p.industry, lang)}</Fact>
        <Fact label={t('parcel.origin')}>{labelOf('origin', p.origin, lang)}</Fact>
        <Fact label={t('parcel.investment')}>{formatMoneyWan(p.investmentWan, lang)}</Fact>
        <Fact label={t('parcel.stage')}>
          <span data-testid="project-stage">{labelOf('projectStage', p.stage, lang)}</span>
        </Fact>
        {p.landDemandMu != null ? (
          <Fact label={t('project.landDemand')}>
            <span data-testid="project-land-demand">{formatMu(p.landDemandMu, lang)}</span>
          </Fact>
        ) : null}
        {p.floorDemandM2 != null ? (
          <Fact label={t('project.floorDemand')}>{formatM2(p.floorDemandM2, lang)}</Fact>
        ) : null}
        <Fact label={t('parcel.intensity')}>{formatIntensity(p.intensityWanPerMu, lang)}</Fact>
        {p.keyDates.signed ? (
          <Fact label={t('parcel.signed')}>{formatDate(p.keyDates.signed, lang)}</Fact>
        ) : null}
        {p.targetPlatform ? (
          <Fact label={t('projectView.targetPlatform')}>
            <button
              type="button"
              className="link"
              data-testid="project-platform-link"
              onClick={() => openPlatform(p.targetPlatform!.id)}
            >
              {lang === 'en' ? p.targetPlatform.nameEn : p.targetPlatform.nameZh}
            </button>
          </Fact>
        ) : null}
      </dl>
      <ProjectLinks project={p} canEdit={canEdit} onReload={() => void q.refetch()} />
      {p.parcels.length === 0 ? <p className="muted">{t('project.noLand')}</p> : null}
      {p.parcels.length > 0 ? <p className="muted small">{t('projectView.outlined')}</p> : null}
      {pipeline ? <PipelineCandidates projectId={p.id} /> : null}
      <EnterpriseProjects enterprise={p.enterprise} current={p.id} />
      <EntityHistory entity="project" id={p.id} version={p.version} platformId={p.targetPlatformId} />
    </div>
  );
}

/** Candidate sites of a pipeline project, as the land-balance tab computes them with its current options. */
function PipelineCandidates({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = usePlatformNames();
  return (
    <section className="section" data-testid="project-candidates">
      <h3>{t('projectView.pipeline')}</h3>
      <p className="muted small">{t('projectView.pipelineHint', { tab: t('landBalance.tab') })}</p>
      <ProjectDetail
        projectId={projectId}
        reason={null}
        lang={lang}
        platformName={(id) => names.get(id) ?? id}
      />
    </section>
  );
}

/** The enterprise's other projects (an enterprise search hit opens one of them; the rest are a click away). */
function EnterpriseProjects({ enterprise, current }: { enterprise: string; current: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const all = useProjects();
  const others = (all.data ?? []).filter((x) => x.enterprise === enterprise && x.id !== current);
  if (others.length === 0) return null;
  return (
    <section className="section" data-testid="enterprise-projects">
      <h3>{t('projectView.enterpriseProjects', { enterprise })}</h3>
      <ul className="parcel-list">
        {others.map((x) => (
          <li key={x.id}>
            <button type="button" className="link" onClick={() => openProject(x.id)}>
              {x.name}
            </button>
            <span className="muted small">{labelOf('projectStage', x.stage, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
