import { useTranslation } from 'react-i18next';
import type { DashboardAnswer } from '../../api/types.ts';

type PlatformPipelineStatus = DashboardAnswer['platforms'][number];

import { formatMoneyWan, formatNumber, type Lang } from '../../../domain/format.ts';
import { openPlatform } from '../details/navigate.ts';

/** A platform's signed projects and those with land, with their planned investment (the article's 20 / 156亿). */
export function PlatformCard({ s, name, lang }: { s: PlatformPipelineStatus; name: string; lang: Lang }) {
  const { t } = useTranslation();
  const share = s.signed.investmentWan > 0 ? (s.withLand.investmentWan / s.signed.investmentWan) * 100 : 0;
  return (
    <article className="target-card platform-card" data-testid={`platform-card-${s.platformId}`}>
      <header>
        <h4>
          <button type="button" className="link" onClick={() => openPlatform(s.platformId)}>
            {t('dashboard.platformCard.title', { name })}
          </button>
        </h4>
      </header>
      <dl className="pair">
        <div data-testid="platform-signed">
          <dt>{t('dashboard.platformCard.signed')}</dt>
          <dd>
            <strong>{t('dashboard.platformCard.projects', { n: formatNumber(s.signed.count, lang) })}</strong>
            <span>{formatMoneyWan(s.signed.investmentWan, lang)}</span>
          </dd>
        </div>
        <div data-testid="platform-with-land">
          <dt>{t('dashboard.platformCard.withLand')}</dt>
          <dd>
            <strong>
              {t('dashboard.platformCard.projects', { n: formatNumber(s.withLand.count, lang) })}
            </strong>
            <span>{formatMoneyWan(s.withLand.investmentWan, lang)}</span>
          </dd>
        </div>
      </dl>
      <div className="progress" aria-hidden="true">
        <i style={{ width: `${share}%` }} />
      </div>
      <details className="method small">
        <summary>{t('dashboard.howComputed')}</summary>
        <p>{lang === 'en' ? s.method.en : s.method.zh}</p>
      </details>
    </article>
  );
}
