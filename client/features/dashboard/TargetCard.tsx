import { useTranslation } from 'react-i18next';
import type { DashboardAnswer } from '../../api/types.ts';

type TargetProgress = DashboardAnswer['targets'][number];

import { INDUSTRIES, PROJECT_STAGES, REDEVELOPMENT_MODES } from '../../../domain/enums.ts';
import { formatDate, type Lang, labelOf } from '../../../domain/format.ts';
import { useLang } from '../language/use-lang.ts';
import { formatRatio, formatTargetValue } from './format-target.ts';
import { ProjectedMark } from './ProjectedMark.tsx';
import { useRefDate } from './use-ref-date.ts';

const isIn = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** Label of a breakdown key: a 三旧 mode, a project stage or a 4+1 industry (the raw key if none). */
function breakdownLabel(key: string, lang: Lang): string {
  if (isIn(REDEVELOPMENT_MODES, key)) return labelOf('redevelopmentMode', key, lang);
  if (isIn(PROJECT_STAGES, key)) return labelOf('projectStage', key, lang);
  if (isIn(INDUSTRIES, key)) return labelOf('industry', key, lang);
  return key;
}

/** One target: figure against target with a progress bar, the planned/expected figure, breakdown and method. */
export function TargetCard({ p, scopeName, lang }: { p: TargetProgress; scopeName: string; lang: Lang }) {
  const { t } = useTranslation();
  const fmt = (v: number) => formatTargetValue(v, p.unit, lang, (n) => t('dashboard.count', { n }));
  const pct = p.ratio == null ? 0 : Math.min(100, p.ratio * 100);
  const secondary =
    p.planned == null
      ? null
      : t(p.metric === 'industrial_output' ? 'dashboard.expected' : 'dashboard.planned', {
          value: fmt(p.planned),
        });
  const parts = p.breakdown.filter((b) => b.value > 0);
  return (
    <article className="target-card" data-testid={`target-card-${p.targetId}`} data-metric={p.metric}>
      <header>
        <h4>{t(`dashboard.metric.${p.metric}`)}</h4>
        <span className="muted small">
          {scopeName} · {t('dashboard.byYear', { year: p.year })}
        </span>
      </header>
      <TargetBasis basis={p.basis} />
      <div className="figure">
        <strong data-testid="target-actual">{fmt(p.actual)}</strong>
        <span className="muted"> / {fmt(p.target)}</span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(pct)}
        aria-label={t('dashboard.progress', { ratio: formatRatio(p.ratio, lang) })}
      >
        <i style={{ width: `${pct}%` }} className={pct >= 100 ? 'done' : ''} />
        {p.planned != null && p.target > 0 ? (
          <b style={{ left: `${Math.min(100, (p.planned / p.target) * 100)}%` }} title={secondary ?? ''} />
        ) : null}
      </div>
      <div className="small row-between">
        <span data-testid="target-ratio">
          {t('dashboard.progress', { ratio: formatRatio(p.ratio, lang) })}
        </span>
        {secondary ? <span className="muted">{secondary}</span> : null}
      </div>
      {parts.length ? (
        <ul className="breakdown small">
          {parts.map((b) => (
            <li key={b.key}>
              {breakdownLabel(b.key, lang)} {fmt(b.value)}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="method small">
        <summary>{t('dashboard.howComputed')}</summary>
        <p>{lang === 'en' ? p.method.en : p.method.zh}</p>
        <p className="muted">
          {p.basis === 'dated'
            ? p.inputs.window
              ? t('dashboard.window', {
                  from: formatDate(p.inputs.window.from, lang),
                  to: formatDate(p.inputs.window.to, lang),
                })
              : t('dashboard.notStarted')
            : t('dashboard.snapshot')}{' '}
          · {t('dashboard.basedOn', { n: p.inputs.ids.length })}
        </p>
      </details>
    </article>
  );
}

/**
 * Says whether the card's figure moves with the reference date (counted for the date's year, up to the date —
 * marked 推算 when the date is past the data) or is the data's current state, which the date does not change.
 */
function TargetBasis({ basis }: { basis: TargetProgress['basis'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { asOf } = useRefDate();
  const dated = basis === 'dated';
  return (
    <p className="target-basis small" data-testid="target-basis" data-basis={basis}>
      <span
        title={
          dated
            ? t('refHonesty.movesWithDateTitle')
            : t('refHonesty.fixedAtDataTitle', { asOf: formatDate(asOf, lang) })
        }
      >
        {dated ? t('refHonesty.movesWithDate') : t('refHonesty.fixedAtData')}
      </span>
      {dated ? <ProjectedMark testId="target-projected" /> : null}
    </p>
  );
}
