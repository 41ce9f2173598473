import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';

interface QueryLike {
  isPending: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** Loading, not-found and error states of a details view. */
export function DetailsState({ query, notFound }: { query: QueryLike; notFound: string }) {
  const { t } = useTranslation();
  if (query.error) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="details-body" role="alert" data-testid="details-error">
        <p>{missing ? notFound : t('app.error', { message: query.error.message })}</p>
        {missing ? null : (
          <button type="button" className="btn" onClick={() => void query.refetch()}>
            {t('app.retry')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="details-body muted" data-testid="details-loading" aria-busy="true">
      {t('app.loading')}
    </div>
  );
}
