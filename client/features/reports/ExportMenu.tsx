import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, parcelExportUrl } from '../../api/exports.ts';
import { useAppState } from '../../state/app-store.ts';

/** 导出 menu beside the result count: the parcels the current filters select as XLSX, CSV, GeoJSON or KML. */
export function ExportMenu() {
  const { t } = useTranslation();
  const filters = useAppState((s) => s.filters);
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="btn" data-testid="export-menu-button">
        {t('exports.menu')}
      </summary>
      <ul>
        {EXPORT_FORMATS.map((fmt) => (
          <li key={fmt}>
            <a
              href={parcelExportUrl(fmt, filters)}
              download
              data-testid={`export-${fmt}`}
              title={t(`exports.hint.${fmt}`)}
            >
              {t(`exports.format.${fmt}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
