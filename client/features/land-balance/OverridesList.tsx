import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { useLandBalanceOverrides, useOverrideWrite } from '../../api/land-balance.ts';
import { OverrideFailureText } from './OverrideFailureText.tsx';
import { useCanOverride } from './use-can-override.ts';
import { useLandBalanceParams } from './use-land-balance-params.ts';

/** A lock the matching could not honour (GET /api/land-balance/matches `lockViolations`). */
export interface LockViolation {
  projectId: string;
  siteId: string;
}

/**
 * The planner's active locks and exclusions, each removable by an editor, and the locks the last matching
 * could not honour (the data or the what-if options changed since the lock was saved).
 */
export function OverridesList({
  violations,
  projectName,
}: {
  violations: readonly LockViolation[];
  projectName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const q = useLandBalanceOverrides();
  const write = useOverrideWrite(useLandBalanceParams());
  const can = useCanOverride();
  const d = q.data;
  if (!d) return null;
  const codes = new Map(d.locks.map((l) => [l.projectId, l.siteCodes.join(' + ')]));
  const remove = (label: string, onClick: () => void, testId: string) =>
    can ? (
      <button type="button" className="btn-link" data-testid={testId} onClick={onClick} aria-label={label}>
        {t('landBalance.overrides.remove')}
      </button>
    ) : null;
  return (
    <section className="lb-section lb-overrides" data-testid="lb-overrides">
      <h3>{t('landBalance.overrides.title')}</h3>
      {d.locks.length + d.exclusions.length === 0 ? (
        <p className="muted small">{t('landBalance.overrides.none')}</p>
      ) : null}
      <ul className="lb-override-list">
        {d.locks.map((l) => (
          <li
            key={`lock-${l.projectId}`}
            data-testid="lb-lock"
            data-project={l.projectId}
            data-site={l.siteId}
          >
            <span className="lb-badge locked">{t('landBalance.overrides.locks')}</span>{' '}
            {t('landBalance.overrides.lockedTo', { project: l.projectName, site: l.siteCodes.join(' + ') })}
            {l.note ? <span className="muted small"> · {l.note}</span> : null}{' '}
            {remove(
              t('landBalance.overrides.unlock'),
              () => write.mutate({ op: 'unlock', projectId: l.projectId }),
              `lb-unlock-${l.projectId}`,
            )}
          </li>
        ))}
        {d.exclusions.map((e) => (
          <li key={`ex-${e.kind}-${e.ref}`} data-testid="lb-exclusion" data-kind={e.kind} data-ref={e.ref}>
            <span className="lb-badge excluded">{t('landBalance.overrides.exclusions')}</span>{' '}
            {t(
              e.kind === 'project'
                ? 'landBalance.overrides.excludedProject'
                : 'landBalance.overrides.excludedSite',
              {
                label: e.label,
              },
            )}
            {e.note ? <span className="muted small"> · {e.note}</span> : null}{' '}
            {remove(
              t('landBalance.overrides.remove'),
              () => write.mutate({ op: 'include', kind: e.kind, ref: e.ref }),
              `lb-include-${e.kind}-${e.ref}`,
            )}
          </li>
        ))}
      </ul>
      {violations.length > 0 ? (
        <div className="lb-violations" data-testid="lb-lock-violations" role="status">
          <p className="error small">{t('landBalance.overrides.violations', { n: violations.length })}</p>
          <ul>
            {violations.map((v) => (
              <li key={v.projectId} className="small">
                {t('landBalance.overrides.violation', {
                  project: projectName(v.projectId),
                  site: codes.get(v.projectId) ?? v.siteId,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {write.isPending ? <p className="muted small">{t('landBalance.overrides.saving')}</p> : null}
      <OverrideFailureText error={write.error} testId="lb-override-error" />
    </section>
  );
}
