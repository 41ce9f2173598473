import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, parcelExportUrl } from '../../api/exports.ts';
import { useAppState } from '../../state/app-store.ts';
import { useLedgerAsOf } from '../history/use-ledger-as-of.ts';
import { useLang } from '../language/use-lang.ts';

/**
 * The GeoPackage entry's label and hint, kept here rather than in the shared i18n key union (at the size where
 * TypeScript gives up instantiating it; see geometry-edit/use-geom-text.ts).
 */
const GPKG_TEXT = {
  'zh-CN': {
    label: 'GeoPackage (GPKG)',
    hint: '当前筛选地块，CGCS2000 经纬度（EPSG:4490），可用 QGIS / ArcGIS 打开',
  },
  en: {
    label: 'GeoPackage (GPKG)',
    hint: 'Filtered parcels in CGCS2000 lon/lat (EPSG:4490) for QGIS / ArcGIS',
  },
} as const;

/**
 * 导出 menu beside the result count: the parcels the current filters select as XLSX, CSV, GeoJSON, KML or
 * GeoPackage — on the reference date's ledger when one before the data's as-of date is set.
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const filters = useAppState((s) => s.filters);
  // With 参考日 before the data's as-of date the list and the map show that day's ledger; so does the file.
  const asOf = useLedgerAsOf();
  const gpkg = GPKG_TEXT[useLang() === 'en' ? 'en' : 'zh-CN'];
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="btn" data-testid="export-menu-button">
        {t('exports.menu')}
      </summary>
      <ul>
        {EXPORT_FORMATS.map((fmt) => (
          <li key={fmt}>
            <a
              href={parcelExportUrl(fmt, filters, asOf)}
              download
              data-testid={`export-${fmt}`}
              title={fmt === 'gpkg' ? gpkg.hint : t(`exports.hint.${fmt}`)}
            >
              {fmt === 'gpkg' ? gpkg.label : t(`exports.format.${fmt}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
