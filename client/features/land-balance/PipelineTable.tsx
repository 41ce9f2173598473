import './i18n.ts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES, PROJECT_STAGES, type ProjectStage } from '../../../domain/enums.ts';
import { formatDate, formatM2, formatMu, formatNumber, type Lang, labelOf } from '../../../domain/format.ts';
import type { useLandBalanceMatches } from '../../api/land-balance.ts';
import { NewProjectButton, ProjectEditButton } from '../project-form/ProjectEditButtons.tsx';
import { ProjectDetail } from './ProjectDetail.tsx';
import {
  isNoFilter,
  NO_PIPELINE_FILTER,
  type PipelineFilter,
  SORT_KEYS,
  type SortKey,
  STATUS_FILTERS,
  type StatusFilter,
  viewPipeline,
  wastePct,
} from './pipeline-view.ts';
import { updateLandBalance } from './use-land-balance-params.ts';

/** A pipeline project as GET /api/land-balance/matches lists it (type from the typed client, not restated). */
export type PipelineItem = NonNullable<ReturnType<typeof useLandBalanceMatches>['data']>['projects'][number];

interface Props {
  items: PipelineItem[];
  selected: string | null;
  lang: Lang;
  platformName: (id: string) => string;
}

const SORT_LABEL = {
  name: 'landBalance.list.sortName',
  stage: 'landBalance.list.sortStage',
  neededBy: 'landBalance.list.sortNeededBy',
  demand: 'landBalance.list.sortDemand',
  site: 'landBalance.list.sortSite',
  waste: 'landBalance.list.sortWaste',
  platform: 'landBalance.list.sortPlatform',
} as const satisfies Record<SortKey, string>;
const PIPELINE_STAGES = PROJECT_STAGES.filter(
  (s) => s === 'negotiating' || s === 'approved' || s === 'signed',
);

/**
 * The pipeline as a list a planner can trust: where each project is placed (the platform of its assigned
 * site, with a 跨平台 badge and the reason when that is not its target), need-by date, demand, stage, site
 * area and unused share; filters (status, stage, platform, industry) and sorting by any column.
 */
export function PipelineTable({ items, selected, lang, platformName }: Props) {
  const [f, setF] = useState<PipelineFilter>(NO_PIPELINE_FILTER);
  const [sort, setSort] = useState<SortState>({ key: 'neededBy', desc: false });
  const shown = useMemo(() => viewPipeline(items, f, sort, platformName), [items, f, sort, platformName]);
  return (
    <>
      <ListControls
        items={items}
        shownCount={shown.length}
        f={f}
        setF={setF}
        sort={sort}
        setSort={setSort}
        lang={lang}
        platformName={platformName}
      />
      <ul className="lb-pipeline" data-testid="lb-pipeline">
        {shown.map((p) => (
          <PipelineRow
            key={p.projectId}
            p={p}
            on={p.projectId === selected}
            lang={lang}
            platformName={platformName}
          />
        ))}
      </ul>
    </>
  );
}

type SortState = { key: SortKey; desc: boolean };

/** A labelled select of the list's controls. */
function Choice(p: {
  label: string;
  value: string;
  options: [string, string][];
  on: (v: string) => void;
  id: string;
}) {
  return (
    <label className="lb-filter">
      <span>{p.label}</span>
      <select value={p.value} onChange={(e) => p.on(e.target.value)} data-testid={p.id}>
        {p.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters (status, stage, platform, industry), sorting, how many are shown, and clearing the filters. */
function ListControls(p: {
  items: PipelineItem[];
  shownCount: number;
  f: PipelineFilter;
  setF: (f: PipelineFilter) => void;
  sort: SortState;
  setSort: (s: SortState) => void;
  lang: Lang;
  platformName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { items, f, setF, sort, setSort, lang, platformName } = p;
  const platforms = [...new Set(items.flatMap((r) => [r.platformId, r.assignedPlatformId ?? r.platformId]))];
  const industries = INDUSTRIES.filter((i) => items.some((r) => r.industry === i));
  const any: [string, string] = ['', t('landBalance.list.any')];
  return (
    <div className="lb-filters" data-testid="lb-list-filters">
      <NewProjectButton platformId={f.platform} />
      <Choice
        label={t('landBalance.list.filterStatus')}
        value={f.status}
        options={STATUS_FILTERS.map((s) => [s, t(`landBalance.list.${s}`)])}
        on={(v) => setF({ ...f, status: v as StatusFilter })}
        id="lb-filter-status"
      />
      <Choice
        label={t('landBalance.list.stage')}
        value={f.stage ?? ''}
        options={[
          any,
          ...PIPELINE_STAGES.map((s): [string, string] => [s, labelOf('projectStage', s, lang)]),
        ]}
        on={(v) => setF({ ...f, stage: (v || null) as ProjectStage | null })}
        id="lb-filter-stage"
      />
      <Choice
        label={t('landBalance.list.platform')}
        value={f.platform ?? ''}
        options={[any, ...platforms.map((x): [string, string] => [x, platformName(x)])]}
        on={(v) => setF({ ...f, platform: v || null })}
        id="lb-filter-platform"
      />
      <Choice
        label={t('landBalance.list.industry')}
        value={f.industry ?? ''}
        options={[any, ...industries.map((i): [string, string] => [i, labelOf('industry', i, lang)])]}
        on={(v) => setF({ ...f, industry: v || null })}
        id="lb-filter-industry"
      />
      <Choice
        label={t('landBalance.list.sort')}
        value={sort.key}
        options={SORT_KEYS.map((k) => [k, t(SORT_LABEL[k])])}
        on={(v) => setSort({ ...sort, key: v as SortKey })}
        id="lb-sort"
      />
      <button
        type="button"
        className="btn-link"
        data-testid="lb-sort-dir"
        onClick={() => setSort({ ...sort, desc: !sort.desc })}
      >
        {sort.desc ? t('landBalance.list.desc') : t('landBalance.list.asc')}
      </button>
      <span className="muted small" data-testid="lb-shown">
        {t('landBalance.list.shown', {
          n: formatNumber(p.shownCount, lang),
          total: formatNumber(items.length, lang),
        })}
      </span>
      {isNoFilter(f) ? null : (
        <button
          type="button"
          className="btn-link"
          data-testid="lb-list-clear"
          onClick={() => setF(NO_PIPELINE_FILTER)}
        >
          {t('landBalance.list.clear')}
        </button>
      )}
    </div>
  );
}

/** One project: name and badges, then stage · demand · need-by · where it is placed · site and unused share. */
function PipelineRow({
  p,
  on,
  lang,
  platformName,
}: {
  p: PipelineItem;
  on: boolean;
  lang: Lang;
  platformName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const demand =
    p.landDemandMu > 0
      ? t('landBalance.needs', { mu: formatMu(p.landDemandMu, lang) })
      : t('landBalance.needsFloor', { m2: formatM2(p.floorDemandM2, lang) });
  const waste = wastePct(p);
  const cross = p.assignment?.crossReason;
  return (
    <li className={on ? 'on' : undefined}>
      <button
        type="button"
        className={`lb-project ${p.status}`}
        data-testid={`lb-project-${p.projectId}`}
        data-status={p.status}
        data-cross={p.crossPlatform}
        aria-expanded={on}
        onClick={() => updateLandBalance({ pipelineProjectId: on ? null : p.projectId })}
      >
        <span className="lb-project-name">{p.name}</span>
        <span className={`lb-status ${p.status}`}>{t(`landBalance.status.${p.status}`)}</span>
        {p.crossPlatform ? (
          <span
            className="lb-badge cross"
            data-testid="lb-cross-badge"
            title={cross ? (lang === 'en' ? cross.en : cross.zh) : ''}
          >
            {t('landBalance.list.crossBadge')}
          </span>
        ) : null}
        {p.locked ? <span className="lb-badge locked">{t('landBalance.list.lockedBadge')}</span> : null}
        <span className="muted small lb-project-meta">
          {labelOf('projectStage', p.stage, lang)} · {demand} ·{' '}
          {t('landBalance.list.neededBy', { date: formatDate(p.neededBy, lang) })} ·{' '}
          {labelOf('industry', p.industry, lang)}
          <br />
          {p.assignedPlatformId
            ? t('landBalance.list.placedOn', { platform: platformName(p.assignedPlatformId) })
            : t('landBalance.list.target', { platform: platformName(p.platformId) })}
          {p.crossPlatform
            ? `（${t('landBalance.list.target', { platform: platformName(p.platformId) })}）`
            : ''}
          {p.assignment && waste !== null
            ? ` · ${t('landBalance.list.site', { mu: formatMu(p.assignment.areaMu, lang), pct: formatNumber(waste, lang, 0) })}`
            : ''}
        </span>
        {cross ? (
          <span className="small lb-cross-reason" data-testid="lb-cross-reason">
            {lang === 'en' ? cross.en : cross.zh}
          </span>
        ) : null}
      </button>
      <ProjectEditButton id={p.projectId} platformId={p.platformId} />
      {on ? (
        <ProjectDetail projectId={p.projectId} reason={p.reason} lang={lang} platformName={platformName} />
      ) : null}
    </li>
  );
}
