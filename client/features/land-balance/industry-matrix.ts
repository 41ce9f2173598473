/**
 * The platform × industry matrix of GET /api/land-balance (`byPlatformIndustry`) arranged for a table: rows =
 * platforms in seeded order (demand without a target platform last), columns = industries with demand in their
 * fixed order,
 * each cell short (缺口) or in surplus (富余) in 亩, and gross figures per row and per column (`grossOf`: the
 * sum of the cells short, the sum of the cells in surplus — never netted). Cells of one platform share its
 * supply, so a row's surplus counts spare land once per industry that may use it.
 */
import { INDUSTRIES, type Industry } from '../../../domain/enums.ts';
import { type Gross, grossOf } from '../../../domain/land-balance/shortfall.ts';
import type { LandBalanceAnswer } from '../../api/types.ts';

type Cell = LandBalanceAnswer['shortfall']['byPlatformIndustry'][number];

/** A matrix cell: demand and usable supply, and which side of the balance it is on (亩). */
export interface MatrixCell {
  demandMu: number;
  supplyMu: number;
  kind: 'shortage' | 'surplus' | 'balanced';
  /** |demand − supply|, 亩. */
  gapMu: number;
}

/** The matrix: industries as columns, one row per platform with its cells and gross figures. */
export interface IndustryMatrix {
  industries: Industry[];
  rows: { platformId: string; cells: (MatrixCell | null)[]; gross: Gross }[];
  columns: Gross[];
  total: Gross;
}

const cellOf = (c: Cell): MatrixCell => {
  const d = c.demandMu - c.supplyMu;
  return {
    demandMu: c.demandMu,
    supplyMu: c.supplyMu,
    kind: d > 0 ? 'shortage' : d < 0 ? 'surplus' : 'balanced',
    gapMu: Math.abs(d),
  };
};

/**
 * Arranges `all` cells: columns are the industries with demand (only `only` when the 筛选 industry filter is
 * set — the API lists every industry that may use the supply), rows the platforms with demand or supply in
 * them; `order` = platform ids in display order.
 */
export function industryMatrix(
  all: readonly Cell[],
  order: readonly string[],
  only: string | null = null,
): IndustryMatrix {
  const industries = INDUSTRIES.filter(
    (i) => (only == null || i === only) && all.some((c) => c.industry === i && c.demandMu > 0),
  );
  const cells = all.filter((c) => industries.includes(c.industry) && (c.demandMu > 0 || c.supplyMu > 0));
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const platformIds = [...new Set(cells.map((c) => c.platformId))].sort((a, b) => rank(a) - rank(b));
  const rows = platformIds.map((platformId) => {
    const own = cells.filter((c) => c.platformId === platformId);
    return {
      platformId,
      cells: industries.map((i) => {
        const c = own.find((x) => x.industry === i);
        return c ? cellOf(c) : null;
      }),
      gross: grossOf(own),
    };
  });
  const columns = industries.map((i) => grossOf(cells.filter((c) => c.industry === i)));
  return { industries, rows, columns, total: grossOf(cells) };
}
