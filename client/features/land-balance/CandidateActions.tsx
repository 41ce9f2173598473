import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { useOverrideWrite } from '../../api/land-balance.ts';
import { OverrideFailureText } from './OverrideFailureText.tsx';
import { useCanOverride } from './use-can-override.ts';
import { useLandBalanceParams } from './use-land-balance-params.ts';

/**
 * An editor's actions on one candidate site of a project: lock the project to it, or exclude the site from
 * matching (a single parcel or a 三旧 site; a merged site is excluded parcel by parcel from the map's panel).
 * A refusal is shown right here, with the rule.
 */
export function CandidateActions(p: {
  projectId: string;
  siteId: string;
  parcelIds: string[];
  locked: boolean;
}) {
  const { t } = useTranslation();
  const can = useCanOverride();
  const write = useOverrideWrite(useLandBalanceParams());
  if (!can) return null;
  const ref = p.siteId.startsWith('redev:') ? p.siteId : p.parcelIds.length === 1 ? p.parcelIds[0] : null;
  return (
    <span className="lb-candidate-actions">
      {p.locked ? null : (
        <button
          type="button"
          className="btn-link"
          data-testid="lb-lock-here"
          disabled={write.isPending}
          onClick={() => write.mutate({ op: 'lock', projectId: p.projectId, siteId: p.siteId })}
        >
          {t('landBalance.overrides.lock')}
        </button>
      )}
      {ref ? (
        <button
          type="button"
          className="btn-link"
          data-testid="lb-exclude-site"
          disabled={write.isPending}
          onClick={() => write.mutate({ op: 'exclude', kind: 'site', ref })}
        >
          {t('landBalance.overrides.excludeSite')}
        </button>
      ) : null}
      <OverrideFailureText error={write.error} testId="lb-candidate-error" />
    </span>
  );
}
