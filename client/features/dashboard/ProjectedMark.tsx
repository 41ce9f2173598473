import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format.ts';
import { useLang } from '../language/use-lang.ts';
import { useRefDate } from './use-ref-date.ts';

/** "推算 / Projected" next to a date-driven figure when the reference date is after the data's as-of date. */
export function ProjectedMark({ testId = 'projected-mark' }: { testId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { refDate, asOf, projected } = useRefDate();
  if (!projected || !refDate || !asOf) return null;
  return (
    <span
      className="projected-mark"
      data-testid={testId}
      title={t('refHonesty.projectedTitle', { ref: formatDate(refDate, lang), asOf: formatDate(asOf, lang) })}
    >
      {t('refHonesty.projected')}
    </span>
  );
}
