import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { overrideFailure } from './override-errors.ts';

/** A refused or failed override write, at the control that sent it: the rule in the UI language, then detail. */
export function OverrideFailureText({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const f = overrideFailure(error);
  return (
    <p className="error small" role="alert" data-testid={testId} data-rule={f.rule ?? ''}>
      {f.rule
        ? t('landBalance.overrides.refused', { rule: t(`landBalance.lockRule.${f.rule}`) })
        : t('landBalance.overrides.failed', { message: f.detail })}
      {f.rule ? <span className="muted"> · {f.detail}</span> : null}
    </p>
  );
}
