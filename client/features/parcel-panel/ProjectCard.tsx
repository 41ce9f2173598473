import { useTranslation } from 'react-i18next';
import { formatIntensity, formatMoneyWan, labelOf } from '../../../domain/format.ts';
import type { ParcelDetail } from '../../api/types.ts';
import { Fact } from '../details/Fact.tsx';
import { openProject } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';

/** One project of a parcel, with land held and investment intensity. */
type ParcelProject = ParcelDetail['projects'][number];

/**
 * A project on the parcel: name (link), enterprise, industry, investment, stage, fixed-asset investment intensity,
 * and a flag when the parcel's land use does not fit the project (domain/land-use-fit.ts).
 */
export function ProjectCard({ project }: { project: ParcelProject }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <article className="card" data-testid="parcel-project">
      <button
        type="button"
        className="link card-title"
        data-testid="project-link"
        onClick={() => openProject(project.id)}
      >
        {project.name}
      </button>
      <dl className="facts compact">
        <Fact label={t('parcel.enterprise')} testId="project-enterprise">
          {project.enterprise}
        </Fact>
        <Fact label={t('parcel.industry')}>{labelOf('industry', project.industry, lang)}</Fact>
        <Fact label={t('parcel.origin')}>{labelOf('origin', project.origin, lang)}</Fact>
        <Fact label={t('parcel.investment')}>{formatMoneyWan(project.investmentWan, lang)}</Fact>
        <Fact label={t('parcel.stage')}>{labelOf('projectStage', project.stage, lang)}</Fact>
        <Fact label={t('parcel.intensity')}>{formatIntensity(project.intensityWanPerMu, lang)}</Fact>
        {project.landUseFit && !project.landUseFit.ok ? (
          <Fact label="" testId="land-use-misfit">
            <span className="idle-danger">{t('contract.fitBad')}</span>
          </Fact>
        ) : null}
      </dl>
    </article>
  );
}
