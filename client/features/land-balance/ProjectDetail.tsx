import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { formatMu, joinClauses, type Lang } from '../../../domain/format.ts';
import { useLandBalanceMatches, useProjectCandidates } from '../../api/land-balance.ts';
import type { LandBalanceMatches } from '../../api/types.ts';
import { CandidateActions } from './CandidateActions.tsx';
import { ProjectOverrides } from './ProjectOverrides.tsx';
import { proposedFor } from './proposed-for.ts';
import { openProposedSite } from './proposed-site.ts';
import { useLandBalanceParams } from './use-land-balance-params.ts';

/** Why a project has no site (GET /api/land-balance/matches), null when it has one. */
type Reason = LandBalanceMatches['projects'][number]['reason'];

interface Props {
  projectId: string;
  /** Why the project has no site (from the pipeline list, shown at once), or null when matched. */
  reason: Reason;
  lang: Lang;
  platformName: (id: string) => string;
}

const text = (r: { zh: string; en: string }, lang: Lang) => (lang === 'en' ? r.en : r.zh);

/** The selected pipeline project: why it has no site, or its assigned site; then its ranked candidate sites. */
export function ProjectDetail({ projectId, reason, lang, platformName }: Props) {
  const { t } = useTranslation();
  const params = useLandBalanceParams();
  const q = useProjectCandidates(projectId, params);
  const d = q.data;
  const matches = useLandBalanceMatches(params);
  // Flies to the site's (first) parcel and labels it with the project the matching placed there, if any.
  const openSite = (site: { parcelIds: string[]; rank: number }) => {
    const id = site.parcelIds[0];
    if (!id) return;
    const assignedTo = proposedFor(matches.data, id);
    const project = d?.project?.name ?? projectId;
    openProposedSite({
      parcelId: id,
      assignedTo,
      candidateOf: assignedTo ? null : { project, rank: site.rank },
    });
  };
  return (
    <div className="lb-detail" data-testid="lb-detail" aria-busy={q.isFetching}>
      {reason ? (
        <p className="lb-reason" data-testid="lb-reason" data-code={reason.code}>
          {text(reason, lang)}
        </p>
      ) : null}
      {d?.status === 'excluded' && d.excluded ? (
        <p className="lb-reason" data-testid="lb-reason" data-code={d.excluded}>
          {t(`landBalance.excluded.${d.excluded}`)}
        </p>
      ) : null}
      {d ? <AssignmentLines d={d} lang={lang} platformName={platformName} openSite={openSite} /> : null}
      {q.error ? (
        <p className="error small" role="alert">
          {t('landBalance.error', { message: q.error.message })}
        </p>
      ) : null}
      {!d && !q.error ? <p className="muted small">{t('app.loading')}</p> : null}
      {d && d.status !== 'excluded' && d.candidates.length > 0 ? (
        <CandidateList
          d={d}
          projectId={projectId}
          lang={lang}
          platformName={platformName}
          openSite={openSite}
        />
      ) : null}
      {d && d.status !== 'excluded' ? (
        <ProjectOverrides projectId={projectId} locked={d.project?.locked === true} />
      ) : null}
      {d && d.status === 'unmatched' && d.candidates.length === 0 && reason?.code !== 'floor_space_only' ? (
        <p className="muted small">{t('landBalance.noCandidates')}</p>
      ) : null}
    </div>
  );
}

type Candidates = NonNullable<ReturnType<typeof useProjectCandidates>['data']>;

interface PartProps {
  d: Candidates;
  lang: Lang;
  platformName: (id: string) => string;
  /** Flies to a site's (first) parcel and labels it. */
  openSite: (site: { parcelIds: string[]; rank: number }) => void;
}

/** The site the matching assigned (with a link to it), why it lies on another platform, and what it cost others. */
function AssignmentLines({ d, lang, platformName, openSite }: PartProps) {
  const { t } = useTranslation();
  return (
    <>
      {d.assignment ? (
        <p className="lb-assigned" data-testid="lb-assigned">
          <strong>{t('landBalance.assigned')}</strong>{' '}
          <button
            type="button"
            className="btn-link"
            data-testid="lb-assigned-open"
            onClick={() => d.assignment && openSite(d.assignment)}
          >
            {t('landBalance.assignedSite', {
              codes: d.assignment.parcelCodes.join(' + ') || d.assignment.siteId,
              mu: formatMu(d.assignment.areaMu, lang),
              rank: d.assignment.rank,
            })}
          </button>{' '}
          · {platformName(d.assignment.platformId)}
        </p>
      ) : null}
      {d.assignment?.crossReason ? (
        <p
          className="lb-reason small"
          data-testid="lb-detail-cross"
          data-code={d.assignment.crossReason.code}
        >
          {text(d.assignment.crossReason, lang)}
        </p>
      ) : null}
      {d.tradeOff ? (
        <p className="lb-tradeoff small" data-testid="lb-tradeoff" data-lost={d.tradeOff.lost.length}>
          <strong>{t('landBalance.tradeOff')}</strong> {text(d.tradeOff.reason, lang)}
        </p>
      ) : null}
    </>
  );
}

/** The ranked candidate sites, each with its reasons and the lock / exclude actions. */
function CandidateList({ d, projectId, lang, platformName, openSite }: PartProps & { projectId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{t('landBalance.candidates')}</h4>
      <ol className="lb-candidates" data-testid="lb-candidates">
        {d.candidates.map((c) => (
          <li
            key={c.siteId}
            data-testid="lb-candidate"
            data-site={c.siteId}
            className={d.assignment?.siteId === c.siteId ? 'assigned' : undefined}
          >
            <span className="lb-rank">{t('landBalance.rank', { rank: c.rank })}</span>{' '}
            <button
              type="button"
              className="btn-link"
              data-testid="lb-candidate-open"
              onClick={() => openSite(c)}
            >
              {c.parcelCodes.join(' + ') || c.siteId}
            </button>{' '}
            {formatMu(c.areaMu, lang)} · {platformName(c.platformId)}
            <div className="muted small">
              {joinClauses(
                c.reasons.map((r) => text(r, lang)),
                lang,
              )}
            </div>
            <CandidateActions
              projectId={projectId}
              siteId={c.siteId}
              parcelIds={c.parcelIds}
              locked={d.project?.locked === true && d.assignment?.siteId === c.siteId}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
