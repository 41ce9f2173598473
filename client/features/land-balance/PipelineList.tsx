import { useTranslation } from 'react-i18next';
import { formatM2, formatMu, type Lang, labelOf } from '../../../domain/format.ts';
import type { LandBalanceMatches } from '../../api/types.ts';
import { ProjectDetail } from './ProjectDetail.tsx';
import { updateLandBalance } from './use-land-balance-params.ts';

/** A pipeline project as GET /api/land-balance/matches lists it (type inferred from the typed client). */
export type PipelineItem = LandBalanceMatches['projects'][number];

interface Props {
  items: PipelineItem[];
  selected: string | null;
  lang: Lang;
  platformName: (id: string) => string;
}

/** The pipeline: each project with its demand and matched / unmatched status; the selected one opens its detail. */
export function PipelineList({ items, selected, lang, platformName }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="lb-pipeline" data-testid="lb-pipeline">
      {items.map((p) => {
        const on = p.projectId === selected;
        const demand =
          p.landDemandMu > 0
            ? t('landBalance.needs', { mu: formatMu(p.landDemandMu, lang) })
            : t('landBalance.needsFloor', { m2: formatM2(p.floorDemandM2, lang) });
        return (
          <li key={p.projectId} className={on ? 'on' : undefined}>
            <button
              type="button"
              className={`lb-project ${p.status}`}
              data-testid={`lb-project-${p.projectId}`}
              data-status={p.status}
              aria-expanded={on}
              onClick={() => updateLandBalance({ pipelineProjectId: on ? null : p.projectId })}
            >
              <span className="lb-project-name">{p.name}</span>
              <span className={`lb-status ${p.status}`}>{t(`landBalance.status.${p.status}`)}</span>
              <span className="muted small lb-project-meta">
                {demand} · {labelOf('industry', p.industry, lang)} · {labelOf('projectStage', p.stage, lang)}
                {' · '}
                {labelOf('origin', p.origin, lang)} · {platformName(p.platformId)}
              </span>
            </button>
            {on ? (
              <ProjectDetail
                projectId={p.projectId}
                reason={p.reason}
                lang={lang}
                platformName={platformName}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
