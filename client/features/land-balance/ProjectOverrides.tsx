import './i18n.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverrideWrite } from '../../api/land-balance.ts';
import { WriteGate } from '../auth/WriteGate.tsx';
import { OverrideFailureText } from './OverrideFailureText.tsx';
import { useLandBalanceParams } from './use-land-balance-params.ts';

/**
 * The selected project's overrides for an editor (others see why not, with 登录): unlock it, exclude it from
 * matching, or lock it to a site typed by parcel code — the server checks the matching rules and a refusal is
 * shown under the field with the rule. Overrides are zone-wide, so the gate asks for an all-platform editor.
 */
export function ProjectOverrides({ projectId, locked }: { projectId: string; locked: boolean }) {
  const { t } = useTranslation();
  return (
    <WriteGate platformId="" title={t('landBalance.overrides.title')}>
      {() => <OverrideForm projectId={projectId} locked={locked} />}
    </WriteGate>
  );
}

function OverrideForm({ projectId, locked }: { projectId: string; locked: boolean }) {
  const { t } = useTranslation();
  const write = useOverrideWrite(useLandBalanceParams());
  const [site, setSite] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (site.trim()) write.mutate({ op: 'lock', projectId, siteId: site.trim() });
  };
  return (
    <div className="lb-project-overrides" data-testid="lb-project-overrides">
      <form className="lb-lock-form" onSubmit={submit}>
        <label>
          <span>{t('landBalance.overrides.lockOther')}</span>
          <input
            type="text"
            value={site}
            placeholder="ZK-357-0419"
            title={t('landBalance.overrides.lockOtherHint')}
            data-testid="lb-lock-site"
            onChange={(e) => setSite(e.target.value)}
          />
        </label>
        <button type="submit" className="btn" data-testid="lb-lock-submit" disabled={write.isPending}>
          {t('landBalance.overrides.lockSubmit')}
        </button>
      </form>
      <OverrideFailureText error={write.error} testId="lb-lock-error" />
      <p>
        {locked ? (
          <button
            type="button"
            className="btn-link"
            data-testid="lb-unlock"
            onClick={() => write.mutate({ op: 'unlock', projectId })}
          >
            {t('landBalance.overrides.unlock')}
          </button>
        ) : null}{' '}
        <button
          type="button"
          className="btn-link"
          data-testid="lb-exclude-project"
          onClick={() => write.mutate({ op: 'exclude', kind: 'project', ref: projectId })}
        >
          {t('landBalance.overrides.excludeProject')}
        </button>
      </p>
    </div>
  );
}
