// biome-ignore-all lint/a11y/useSemanticElements: virtualised rows are absolutely positioned divs (a <tr> cannot be); the ARIA table roles carry the semantics, as in WAI-ARIA's grid/table patterns
// biome-ignore-all lint/a11y/useFocusableInteractive: header rows and cells are not interactive (their sort buttons are); data rows are focusable
import { useEffect, useRef, useState } from 'react';
import type { ParcelTableColumn, SortDirection } from '../../../domain/spatial-query/parcel-table.ts';
import { TABLE_PAGE, useParcelTablePage, useTableIndex } from '../../api/parcel-table.ts';
import { useAppState } from '../../state/app-store.ts';
import { selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { cellText, NUMERIC_COLUMNS } from './table-columns.ts';
import type { TableRow } from './table-row.ts';
import { pagesOf, ROW_HEIGHT, scrollToRow, visibleRows } from './virtual-window.ts';

interface Props {
  selection: Record<string, string>;
  order: { sort: ParcelTableColumn; dir: SortDirection };
  columns: readonly ParcelTableColumn[];
  total: number;
  platformName: (id: string) => string;
}

/**
 * The scrolling rows: only those in view are rendered (virtual-window.ts), fetched a server page at a time.
 * A click selects the parcel (map highlight via feature-state) and flies to it; a parcel selected on the map
 * scrolls its row into view.
 */
export function TableBody({ selection, order, columns, total, platformName }: Props) {
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(240);
  const selectedId = useAppState((s) => s.selectedParcelId);
  const { first, last } = visibleRows(scrollTop, height, total);
  const [pageA = 0, pageB] = pagesOf(first, last, TABLE_PAGE);
  const a = useParcelTablePage(selection, order, pageA);
  const b = useParcelTablePage(selection, order, pageB ?? 0, pageB != null);
  const index = useTableIndex(selection, order, selectedId);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || index.data == null) return;
    const next = scrollToRow(index.data, el.scrollTop, el.clientHeight);
    if (next !== el.scrollTop) el.scrollTop = next;
  }, [index.data]);

  const rowAt = (i: number): TableRow | undefined => {
    const page = Math.floor(i / TABLE_PAGE);
    const data = page === pageA ? a.data : page === pageB ? b.data : undefined;
    return data && data.offset === page * TABLE_PAGE ? data.rows[i - data.offset] : undefined;
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const r = rowAt(i);
    const selected = r != null && r.id === selectedId;
    rows.push(
      <div
        key={r?.id ?? `pending-${i}`}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={selected}
        tabIndex={r ? 0 : -1}
        className={`at-row${selected ? ' at-row-selected' : ''}`}
        style={{ top: i * ROW_HEIGHT }}
        data-testid={r ? `table-row-${r.id}` : undefined}
        onClick={r ? () => selectParcel(r.id, true) : undefined}
        onKeyDown={r ? (e) => e.key === 'Enter' && selectParcel(r.id, true) : undefined}
      >
        {columns.map((c) => (
          <div key={c} role="cell" className={`at-cell at-col-${c}${NUMERIC_COLUMNS.has(c) ? ' num' : ''}`}>
            {r ? cellText(r, c, lang, platformName) : '…'}
          </div>
        ))}
      </div>,
    );
  }

  return (
    <div
      className="at-body"
      ref={box}
      data-testid="table-body"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="at-rows" role="rowgroup" style={{ height: total * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}
