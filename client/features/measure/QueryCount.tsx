import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format.ts';
import { useParcelTablePage } from '../../api/parcel-table.ts';
import { useSelectionQuery } from '../attribute-table/use-selection-query.ts';
import { useLang } from '../language/use-lang.ts';

/** How many parcels the drawn area (with the filters) selects — the API's count, as the table shows it. */
export function QueryCount() {
  const { t } = useTranslation();
  const lang = useLang();
  const page = useParcelTablePage(useSelectionQuery(), { sort: 'code', dir: 'asc' }, 0);
  if (page.error)
    return (
      <p className="map-tools-error" role="alert">
        {page.error.message}
      </p>
    );
  const total = page.data?.total;
  return (
    <p className="map-tools-result" data-testid="query-count" data-count={total ?? ''}>
      {total == null ? '…' : t('measure.selected', { count: total, n: formatNumber(total, lang) })}
    </p>
  );
}
