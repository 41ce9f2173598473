import { useTranslation } from 'react-i18next';
import type { LandState } from '../../../domain/enums.ts';
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

/** A labelled select of `options` with an "all" choice ('' = no filter). */
function FilterSelect<T extends string>(p: {
  label: string;
  all: string;
  testId: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange: (v: T | null) => void;
}) {
  return (
    <label className="field">
      <span>{p.label}</span>
      <select
        data-testid={p.testId}
        value={p.value ?? ''}
        onChange={(e) => p.onChange(p.options.find((o) => o.value === e.target.value)?.value ?? null)}
      >
        <option value="">{p.all}</option>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Land-supply state chips (several may be on); the chosen states are kept in lifecycle order. */
function StateChips({ states }: { states: LandState[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  // Keep lifecycle order regardless of click order, so URLs are canonical.
  const toggle = (st: LandState) =>
    setFilters({ states: LAND_STATES.filter((x) => (x === st ? !states.includes(x) : states.includes(x))) });
  return (
    <fieldset className="field">
      <legend>{t('filters.states')}</legend>
      <div className="chips">
        {LAND_STATES.map((st) => (
          <label
            key={st}
            className={states.includes(st) ? 'chip on' : 'chip'}
            data-testid={`filter-state-${st}`}
          >
            <input type="checkbox" checked={states.includes(st)} onChange={() => toggle(st)} />
            <i className="swatch" style={{ background: STATE_COLORS[st] }} />
            {labelOf('landState', st, lang)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Platform, states, land use, area range and industry filters; the map, legend and count follow. */
export function FiltersPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const f = useAppState((s) => s.filters);
  const platforms = usePlatforms();
  const active = activeFilterCount(f);
  const platformOptions = (platforms.data ?? []).map((p) => ({
    value: p.id,
    label: lang === 'en' ? p.nameEn : p.nameZh,
  }));
  return (
    <div className="filters" data-testid="filters">
      <FilterSelect
        label={t('filters.platform')}
        all={t('filters.allPlatforms')}
        testId="filter-platform"
        value={f.platform}
        options={platformOptions}
        onChange={(platform) => setFilters({ platform })}
      />
      <StateChips states={f.states} />
      <FilterSelect
        label={t('filters.landUse')}
        all={t('filters.allLandUses')}
        testId="filter-land-use"
        value={f.landUse}
        options={LAND_USES.map((lu) => ({ value: lu, label: `${lu} ${labelOf('landUse', lu, lang)}` }))}
        onChange={(landUse) => setFilters({ landUse })}
      />
      <AreaRangeInput min={f.minMu} max={f.maxMu} onChange={(minMu, maxMu) => setFilters({ minMu, maxMu })} />
      <FilterSelect
        label={t('filters.industry')}
        all={t('filters.allIndustries')}
        testId="filter-industry"
        value={f.industry}
        options={INDUSTRIES.map((ind) => ({ value: ind, label: labelOf('industry', ind, lang) }))}
        onChange={(industry) => setFilters({ industry })}
      />
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
