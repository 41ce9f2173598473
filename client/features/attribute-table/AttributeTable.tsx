// biome-ignore-all lint/a11y/useSemanticElements: virtualised rows are absolutely positioned divs (a <tr> cannot be); the ARIA table roles carry the semantics, as in WAI-ARIA's grid/table patterns
// biome-ignore-all lint/a11y/useFocusableInteractive: header rows and cells are not interactive (their sort buttons are); data rows are focusable
import './i18n.ts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format.ts';
import {
  PARCEL_TABLE_COLUMNS,
  type ParcelTableColumn,
  type SortDirection,
} from '../../../domain/spatial-query/parcel-table.ts';
import { EXPORT_FORMATS } from '../../api/exports.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { selectionExportUrl, useParcelTablePage } from '../../api/parcel-table.ts';
import { fitBbox } from '../../map/fly-to-geometry.ts';
import { useMap } from '../../map/map-context.ts';
import { update, useAppState } from '../../state/app-store.ts';
import { useLang } from '../language/use-lang.ts';
import { useQueryArea } from '../measure/query-area-store.ts';
import './attribute-table.css';
import { attributeTableColumnsEn } from './i18n-en.ts';
import { attributeTableColumnsZh } from './i18n-zh.ts';
import { TableBody } from './TableBody.tsx';
import { DEFAULT_COLUMNS, NUMERIC_COLUMNS, nextOrder, toggledColumns } from './table-columns.ts';
import { useSelectionQuery } from './use-selection-query.ts';

/** The button on the map that opens and closes the attribute table (`tbl=1` in the URL). */
export function TableToggle() {
  const { t } = useTranslation();
  const open = useAppState((s) => s.tableOpen);
  return (
    <button
      type="button"
      className={`map-tool-btn${open ? ' active' : ''}`}
      aria-pressed={open}
      title={t('attributeTable.title')}
      data-testid="table-toggle"
      onClick={() => update({ tableOpen: !open })}
    >
      {t('attributeTable.toggle')}
    </button>
  );
}

/**
 * The attribute table: a bottom drawer over the map listing the parcels of the current filters and drawn area —
 * sortable on the server, column chooser, totals (count, ㎡, 亩), zoom to results and exports of exactly these rows.
 */
export function AttributeTable() {
  const open = useAppState((s) => s.tableOpen);
  return open ? <Drawer /> : null;
}

type Order = { sort: ParcelTableColumn; dir: SortDirection };

function Drawer() {
  const lang = useLang();
  const selection = useSelectionQuery();
  const [order, setOrder] = useState<Order>({ sort: 'code', dir: 'asc' });
  const [columns, setColumns] = useState<readonly ParcelTableColumn[]>(DEFAULT_COLUMNS);
  const head = useParcelTablePage(selection, order, 0);
  const platforms = usePlatforms();
  const names = useMemo(
    () => new Map((platforms.data ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh])),
    [platforms.data, lang],
  );
  const { t } = useTranslation();
  const columnLabel = (c: ParcelTableColumn) =>
    (lang === 'en' ? attributeTableColumnsEn : attributeTableColumnsZh)[c];
  const totals = head.data?.totals;
  return (
    <section className="attribute-table" aria-label={t('attributeTable.title')} data-testid="attribute-table">
      <DrawerHead
        totals={totals}
        bbox={head.data?.bbox}
        selection={selection}
        columns={columns}
        columnLabel={columnLabel}
        toggleColumn={(c) => setColumns((cols) => toggledColumns(cols, c))}
      />
      <div className="at-grid" role="table" aria-rowcount={(totals?.count ?? 0) + 1}>
        <HeaderRow
          columns={columns}
          order={order}
          columnLabel={columnLabel}
          sortBy={(c) => setOrder((o) => nextOrder(o, c))}
        />
        {totals && totals.count === 0 ? (
          <p className="at-empty">{t('attributeTable.empty')}</p>
        ) : (
          <TableBody
            selection={selection}
            order={order}
            columns={columns}
            total={totals?.count ?? 0}
            platformName={(id) => names.get(id) ?? id}
          />
        )}
      </div>
    </section>
  );
}

/** The drawer's head: title, totals (count, ㎡, 亩), zoom to results, column chooser, exports, close. */
function DrawerHead({
  totals,
  bbox,
  selection,
  columns,
  columnLabel,
  toggleColumn,
}: {
  totals: { count: number; areaM2: number; areaMu: number } | undefined;
  bbox: Parameters<typeof fitBbox>[1] | null | undefined;
  selection: Record<string, string>;
  columns: readonly ParcelTableColumn[];
  columnLabel: (c: ParcelTableColumn) => string;
  toggleColumn: (c: ParcelTableColumn) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const map = useMap();
  const area = useQueryArea();
  const panelOpen = useAppState((s) => s.selectedParcelId != null || s.selectedProjectId != null);
  return (
    <header className="at-head">
      <h2 className="at-title">
        {t('attributeTable.title')} · {area ? t('attributeTable.ofArea') : t('attributeTable.ofFilter')}
      </h2>
      <span className="at-totals" data-testid="table-totals">
        {totals
          ? t('attributeTable.totals', {
              count: formatNumber(totals.count, lang),
              m2: formatNumber(totals.areaM2, lang),
              mu: formatNumber(totals.areaMu, lang, 1),
            })
          : t('attributeTable.loading')}
      </span>
      <button
        type="button"
        className="btn"
        disabled={!bbox || !map}
        data-testid="table-zoom"
        onClick={() => map && bbox && fitBbox(map, bbox, 16, panelOpen)}
      >
        {t('attributeTable.zoom')}
      </button>
      <details className="at-menu">
        <summary className="btn">{t('attributeTable.columns')}</summary>
        <div className="at-menu-list" data-testid="table-columns">
          {PARCEL_TABLE_COLUMNS.map((c) => (
            <label key={c}>
              <input type="checkbox" checked={columns.includes(c)} onChange={() => toggleColumn(c)} />{' '}
              {columnLabel(c)}
            </label>
          ))}
        </div>
      </details>
      <ExportMenu selection={selection} />
      <button
        type="button"
        className="btn btn-ghost at-close"
        aria-label={t('attributeTable.close')}
        onClick={() => update({ tableOpen: false })}
      >
        ×
      </button>
    </header>
  );
}

/** Exports of exactly the rows listed, one link a format. */
function ExportMenu({ selection }: { selection: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <details className="at-menu">
      <summary className="btn">{t('attributeTable.export')}</summary>
      <div className="at-menu-list">
        {EXPORT_FORMATS.map((f) => (
          <a key={f} href={selectionExportUrl(f, selection)} download data-testid={`table-export-${f}`}>
            {f.toUpperCase()}
          </a>
        ))}
      </div>
    </details>
  );
}

/** The column headers, each a sort button showing the direction (aria-sort on the sorted one). */
function HeaderRow({
  columns,
  order,
  columnLabel,
  sortBy,
}: {
  columns: readonly ParcelTableColumn[];
  order: Order;
  columnLabel: (c: ParcelTableColumn) => string;
  sortBy: (c: ParcelTableColumn) => void;
}) {
  return (
    <div className="at-row at-header" role="row" aria-rowindex={1}>
      {columns.map((c) => (
        <div
          key={c}
          role="columnheader"
          className={`at-cell at-col-${c}${NUMERIC_COLUMNS.has(c) ? ' num' : ''}`}
          aria-sort={order.sort === c ? (order.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
        >
          <button type="button" data-testid={`table-sort-${c}`} onClick={() => sortBy(c)}>
            {columnLabel(c)}
            {order.sort === c ? (order.dir === 'asc' ? ' ▲' : ' ▼') : ''}
          </button>
        </div>
      ))}
    </div>
  );
}
