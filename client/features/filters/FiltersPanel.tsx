import { useTranslation } from 'react-i18next';
import type { Industry, LandState, LandUse } from '../../../domain/enums.ts';
import { INDUSTRIES, LAND_STATES, LAND_USES } from '../../../domain/enums.ts';
import { labelOf } from '../../../domain/format.ts';
import { STATE_COLORS } from '../../../domain/palette.ts';
import { usePlatforms } from '../../api/hooks.ts';
import { update, useAppState } from '../../state/app-store.ts';
import type { Filters } from '../../state/url-state.ts';
import { activeFilterCount, EMPTY_FILTERS } from '../../state/url-state.ts';
import { useLang } from '../language/use-lang.ts';
import { AreaRangeInput } from './AreaRangeInput.tsx';

const setFilters = (patch: Partial<Filters>) => update((s) => ({ filters: { ...s.filters, ...patch } }));

const pick = <T extends string>(list: readonly T[], v: string): T | null =>
  (list as readonly string[]).includes(v) ? (v as T) : null;

/** Platform, states, land use, area range and industry filters; the map, legend and count follow. */
export function FiltersPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const f = useAppState((s) => s.filters);
  const platforms = usePlatforms();
  const active = activeFilterCount(f);

  const toggleState = (st: LandState) =>
    setFilters({
      // Keep lifecycle order regardless of click order, so URLs are canonical.
      states: LAND_STATES.filter((x) => (x === st ? !f.states.includes(x) : f.states.includes(x))),
    });

  return (
    <div className="filters" data-testid="filters">
      <label className="field">
        <span>{t('filters.platform')}</span>
        <select
          data-testid="filter-platform"
          value={f.platform ?? ''}
          onChange={(e) => setFilters({ platform: e.target.value || null })}
        >
          <option value="">{t('filters.allPlatforms')}</option>
          {(platforms.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {lang === 'en' ? p.nameEn : p.nameZh}
            </option>
          ))}
        </select>
      </label>

      <fieldset className="field">
        <legend>{t('filters.states')}</legend>
        <div className="chips">
          {LAND_STATES.map((st) => (
            <label
              key={st}
              className={f.states.includes(st) ? 'chip on' : 'chip'}
              data-testid={`filter-state-${st}`}
            >
              <input type="checkbox" checked={f.states.includes(st)} onChange={() => toggleState(st)} />
              <i className="swatch" style={{ background: STATE_COLORS[st] }} />
              {labelOf('landState', st, lang)}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="field">
        <span>{t('filters.landUse')}</span>
        <select
          data-testid="filter-land-use"
          value={f.landUse ?? ''}
          onChange={(e) => setFilters({ landUse: pick<LandUse>(LAND_USES, e.target.value) })}
        >
          <option value="">{t('filters.allLandUses')}</option>
          {LAND_USES.map((lu) => (
            <option key={lu} value={lu}>
              {lu} {labelOf('landUse', lu, lang)}
            </option>
          ))}
        </select>
      </label>

      <AreaRangeInput min={f.minMu} max={f.maxMu} onChange={(minMu, maxMu) => setFilters({ minMu, maxMu })} />

      <label className="field">
        <span>{t('filters.industry')}</span>
        <select
          data-testid="filter-industry"
          value={f.industry ?? ''}
          onChange={(e) => setFilters({ industry: pick<Industry>(INDUSTRIES, e.target.value) })}
        >
          <option value="">{t('filters.allIndustries')}</option>
          {INDUSTRIES.map((ind) => (
            <option key={ind} value={ind}>
              {labelOf('industry', ind, lang)}
            </option>
          ))}
        </select>
      </label>

      <button
        type="button"
        className="btn"
        data-testid="filters-clear"
        disabled={active === 0}
        onClick={() => update({ filters: EMPTY_FILTERS })}
      >
        {t('filters.clear')}
        {active > 0 ? ` (${t('filters.active', { n: active })})` : ''}
      </button>
    </div>
  );
}
