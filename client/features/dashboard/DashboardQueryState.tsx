import { useTranslation } from 'react-i18next';

/** What a dashboard tab shows before its data is there: the request's error, or "loading". */
export function DashboardQueryState({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (error)
    return (
      <p className="error small" role="alert">
        {t('dashboard.error', { message: error.message })}
      </p>
    );
  return <p className="muted small">{t('app.loading')}</p>;
}
