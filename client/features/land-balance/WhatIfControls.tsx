import './i18n.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format.ts';
import { MAX_SLACK } from '../../../domain/land-balance/option-defaults.ts';
import { useAppState } from '../../state/app-store.ts';
import { useLang } from '../language/use-lang.ts';
import { updateLandBalance } from './use-land-balance-params.ts';
import { horizonProblem, slackProblem } from './what-if-input.ts';

/** A slider drag settles before a new matching is asked for (each solve takes up to a few seconds). */
const SLACK_SETTLE_MS = 350;

/** One what-if checkbox with its label and a hint on hover. */
function CheckOption(p: {
  testId: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="lb-check" title={p.hint}>
      <input
        type="checkbox"
        data-testid={p.testId}
        checked={p.checked}
        onChange={(e) => p.onChange(e.target.checked)}
      />
      {p.label}
    </label>
  );
}

/** What-if toggles: reserve land, 三旧 output, size slack and horizon (not before `refDate`); each recomputes. */
export function WhatIfControls({ refDate }: { refDate: string | undefined }) {
  const { t } = useTranslation();
  const lb = useAppState((s) => s.landBalance);
  return (
    <fieldset className="lb-whatif" data-testid="lb-whatif">
      <legend>{t('landBalance.whatIf')}</legend>
      <CheckOption
        testId="lb-include-reserve"
        label={t('landBalance.includeReserve')}
        hint={t('landBalance.includeReserveHint')}
        checked={lb.includeReserve}
        onChange={(includeReserve) => updateLandBalance({ includeReserve })}
      />
      <CheckOption
        testId="lb-include-redevelopment"
        label={t('landBalance.includeRedevelopment')}
        hint={t('landBalance.includeRedevelopmentHint')}
        checked={lb.includeRedevelopment}
        onChange={(includeRedevelopment) => updateLandBalance({ includeRedevelopment })}
      />
      <CheckOption
        testId="lb-keep-target"
        label={t('landBalance.keepTarget')}
        hint={t('landBalance.keepTargetHint')}
        checked={lb.keepTarget}
        onChange={(keepTarget) => updateLandBalance({ keepTarget })}
      />
      <label className="lb-check" title={t('landBalance.policyHint')}>
        <span>{t('landBalance.policy')}</span>
        <select
          data-testid="lb-policy"
          value={lb.policy}
          onChange={(e) =>
            updateLandBalance({ policy: e.target.value === 'target_first' ? 'target_first' : 'area_first' })
          }
        >
          <option value="area_first">{t('landBalance.policyAreaFirst')}</option>
          <option value="target_first">{t('landBalance.policyTargetFirst')}</option>
        </select>
      </label>
      <SlackControl current={lb.slack} />
      <HorizonControl current={lb.horizon} refDate={refDate} />
    </fieldset>
  );
}

/** The horizon date: a date before the reference date is refused here, with the message at the field. */
function HorizonControl({ current, refDate }: { current: string | null; refDate: string | undefined }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(current ?? '');
  useEffect(() => setValue(current ?? ''), [current]);
  const problem = horizonProblem(value, refDate);
  return (
    <label className="lb-horizon" title={t('landBalance.horizonHint')}>
      <span>{t('landBalance.horizon')}</span>
      <input
        type="date"
        data-testid="lb-horizon"
        min={refDate}
        value={value}
        aria-invalid={problem != null}
        onChange={(e) => {
          setValue(e.target.value);
          if (!horizonProblem(e.target.value, refDate))
            updateLandBalance({ horizon: e.target.value || null });
        }}
      />
      {value ? null : <span className="muted small">{t('landBalance.horizonNone')}</span>}
      {problem ? (
        <span className="error small lb-input-error" role="alert" data-testid="lb-horizon-error">
          {t(`landBalance.input.${problem}`, { refDate })}
        </span>
      ) : null}
    </label>
  );
}

/** The size slack (0–MAX_SLACK): a slider and a number, applied once the value settles. */
function SlackControl({ current }: { current: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [slack, setSlack] = useState(String(current));
  useEffect(() => setSlack(String(current)), [current]);
  const problem = slackProblem(slack);
  useEffect(() => {
    const n = Number(slack);
    if (slackProblem(slack) || n === current) return;
    const timer = setTimeout(() => updateLandBalance({ slack: n }), SLACK_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [slack, current]);
  const pct = Number(slack);
  return (
    <label className="lb-slack" title={t('landBalance.slackHint')}>
      <span>{t('landBalance.slack')}</span>
      <input
        type="range"
        min={0}
        max={MAX_SLACK}
        step={0.05}
        value={Number.isFinite(pct) ? pct : current}
        aria-label={t('landBalance.slack')}
        data-testid="lb-slack-range"
        onChange={(e) => setSlack(e.target.value)}
      />
      <input
        type="number"
        min={0}
        max={MAX_SLACK}
        step={0.05}
        value={slack}
        data-testid="lb-slack"
        aria-label={t('landBalance.slackHint')}
        aria-invalid={problem != null}
        onChange={(e) => setSlack(e.target.value)}
      />
      <span className="muted small">{problem ? '' : `≤ +${formatNumber(pct * 100, lang)}%`}</span>
      {problem ? (
        <span className="error small lb-input-error" role="alert" data-testid="lb-slack-error">
          {t(`landBalance.input.${problem}`, { max: MAX_SLACK, maxPct: MAX_SLACK * 100 })}
        </span>
      ) : null}
    </label>
  );
}
